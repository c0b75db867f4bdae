import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** Raw denim for the light theme, rinsed indigo for the dark one, copper stitching as accent. */
const shape = { borderRadius: 8 };

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  shape,
  palette: {
    mode: 'light',
    primary: { main: '#2b4c7e', light: '#5a7bb0', dark: '#1b3358', contrastText: '#ffffff' },
    secondary: { main: '#a8642a', contrastText: '#ffffff' },
    background: { default: '#f2f5f9', paper: '#ffffff' },
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  shape,
  palette: {
    mode: 'dark',
    primary: { main: '#8fb3e8', contrastText: '#0f1a2b' },
    secondary: { main: '#e0a96d', contrastText: '#0f1a2b' },
    background: { default: '#0f1a2b', paper: '#16243a' },
  },
};
