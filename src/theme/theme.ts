import type { Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** Raw denim for the light theme, rinsed indigo for the dark one, copper stitching as accent. */
const shape = { borderRadius: 8 };
/**
 * react-admin writes the empty-list message in the disabled grey, and MUI unselected toggle
 * buttons in the "active" grey: both fall below readable contrast on the page background.
 * react-admin's filled inputs name their disabled state with a Material UI 4 selector (`&$disabled`)
 * that no browser parses: the same look, with today's class.
 */
const components = {
  MuiFilledInput: {
    styleOverrides: {
      root: {
        backgroundColor: 'rgba(0, 0, 0, 0.04)',
        '&.Mui-disabled': { backgroundColor: 'rgba(0, 0, 0, 0.04)' },
      },
    },
  },
  MuiToggleButton: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({ color: theme.palette.text.secondary }),
    },
  },
  RaEmpty: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({
        '& .RaEmpty-message': { color: theme.palette.text.secondary },
      }),
    },
  },
};
/** Status colours dark enough for white chip text (WCAG AA, 4.5:1). */
const statusColours = {
  success: { main: '#2e7d32', contrastText: '#ffffff' },
  warning: { main: '#9c4f00', contrastText: '#ffffff' },
  error: { main: '#c62828', contrastText: '#ffffff' },
  info: { main: '#01579b', contrastText: '#ffffff' },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  shape,
  components: { ...defaultLightTheme.components, ...components },
  palette: {
    mode: 'light',
    primary: { main: '#2b4c7e', light: '#5a7bb0', dark: '#1b3358', contrastText: '#ffffff' },
    secondary: { main: '#a8642a', contrastText: '#ffffff' },
    background: { default: '#f2f5f9', paper: '#ffffff' },
    ...statusColours,
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  shape,
  components: { ...defaultDarkTheme.components, ...components },
  palette: {
    mode: 'dark',
    primary: { main: '#8fb3e8', contrastText: '#0f1a2b' },
    secondary: { main: '#e0a96d', contrastText: '#0f1a2b' },
    background: { default: '#0f1a2b', paper: '#16243a' },
    ...statusColours,
  },
};
