import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A term and its value in the list of details of the return authorisation. */
export const Detail = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <Typography component="dt" sx={{ fontWeight: 'bold' }}>
      {term}
    </Typography>
    <Box component="dd" sx={{ m: 0 }}>
      {children}
    </Box>
  </>
);
