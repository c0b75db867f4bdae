import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface HomePageProps {
  /** Message key of the page's heading. */
  title: string;
  /** Whether every section has its data: the benchmark waits for it. */
  ready: boolean;
  children: ReactNode;
}

/** The frame of a role's home page. */
export const HomePage = ({ title, ready, children }: HomePageProps) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-dashboard-ready={ready ? 'true' : undefined}>
      <Typography variant="h5" component="h2">
        {translate(title)}
      </Typography>
      {children}
    </Stack>
  );
};
