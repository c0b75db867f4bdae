import { Box, GlobalStyles } from '@mui/material';
import type { ReactNode } from 'react';

/** An A4 sheet, black on white whatever the theme; the browser's margins frame it on paper. */
export const PrintPaper = ({ children }: { children: ReactNode }) => (
  <Box sx={{ bgcolor: 'common.white', color: 'common.black', minHeight: '100vh' }}>
    <GlobalStyles styles={{ '@page': { size: 'A4', margin: '15mm' } }} />
    <Box
      component="main"
      sx={{
        maxWidth: '210mm',
        mx: 'auto',
        p: '15mm',
        '@media print': { maxWidth: 'none', p: 0 },
      }}
    >
      {children}
    </Box>
  </Box>
);
