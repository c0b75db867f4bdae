import { Grid, Stack } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { Labeled, Show, SimpleShowLayout } from 'react-admin';
import { RecordHistory } from './RecordHistory';

interface ShowWithPanelsProps {
  actions: ReactElement;
  /** The facts panels beside the record: what staff check before acting. */
  panels: ReactElement[];
  /** The record's fields, above its history. */
  children: ReactNode;
}

/** A show page in two columns: the record's fields and history, and its panels beside them. */
export const ShowWithPanels = ({ actions, panels, children }: ShowWithPanelsProps) => (
  <Show actions={actions}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <SimpleShowLayout sx={{ p: 0 }}>
          {children}
          <Labeled label="app.history.title">
            <RecordHistory />
          </Labeled>
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>{panels}</Stack>
      </Grid>
    </Grid>
  </Show>
);
