import { Box } from '@mui/material';
import type { ReactNode } from 'react';

const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Words for screen readers only: what colours and signs say to the eye. */
export const ScreenReaderText = ({ children }: { children: ReactNode }) => (
  <Box component="span" sx={HIDDEN}>
    {children}
  </Box>
);
