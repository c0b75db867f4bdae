import { Grid, Stack } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { EligibilityFacts } from './show/EligibilityFacts';
import { RefundPanel } from './show/RefundPanel';
import { ReturnActions } from './show/ReturnActions';
import { ReturnLines } from './show/ReturnLines';
import { ReturnShippingFee } from './show/ReturnShippingFee';

/** A return whole: its lines, why it was accepted, what it costs, what is owed and by when. */
const ReturnShow = () => (
  <Show actions={<ReturnActions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <SimpleShowLayout sx={{ p: 0 }}>
          <TextField source="reference" />
          <StatusField source="status" />
          <GuardedReferenceField source="orderId" reference="orders" />
          <GuardedReferenceField source="customerId" reference="customers" />
          <ParisDateField source="requestedAt" />
          <EnumField source="resolution" enumName="resolution" />
          <ParisDateField source="receivedAt" />
          <GuardedReferenceField source="receivedBy" reference="users" />
          <GuardedReferenceField source="creditNoteId" reference="credit-notes" />
          <TextField source="notes" />
          <ReturnLines />
          <Labeled label="app.history.title">
            <RecordHistory />
          </Labeled>
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>
          <RefundPanel />
          <ReturnShippingFee />
          <EligibilityFacts />
        </Stack>
      </Grid>
    </Grid>
  </Show>
);

export default ReturnShow;
