import { ThemeProvider, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * react-admin puts the label of a row's checkbox on its wrapper, which leaves the input itself
 * unnamed for screen readers: this names every checkbox input below that has no label of its own.
 */
export const LabelledRowCheckboxes = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const label = translate('ra.action.select_row');
  const withLabel = (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiCheckbox: {
        ...outer.components?.MuiCheckbox,
        defaultProps: {
          ...outer.components?.MuiCheckbox?.defaultProps,
          slotProps: { input: { 'aria-label': label } },
        },
      },
    },
  });
  return <ThemeProvider theme={withLabel}>{children}</ThemeProvider>;
};
