import { Grid, Stack } from '@mui/material';
import { BooleanField, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { OrderActions } from './show/OrderActions';
import { OrderDelivery } from './show/OrderDelivery';
import { OrderLines } from './show/OrderLines';
import { OrderPayment } from './show/OrderPayment';
import { OrderTotals } from './show/OrderTotals';

/** An order whole: lines, totals, payment, delivery, and its timeline from the audit trail. */
const OrderShow = () => (
  <Show actions={<OrderActions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <SimpleShowLayout sx={{ p: 0 }}>
          <TextField source="reference" />
          <StatusField source="status" />
          <GuardedReferenceField source="customerId" reference="customers" />
          <ParisDateField source="placedAt" />
          <ParisDateField source="shippedAt" />
          <ParisDateField source="deliveredAt" />
          <BooleanField source="salesPeriod" />
          <OrderLines />
          <Labeled label="app.history.title">
            <RecordHistory />
          </Labeled>
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>
          <OrderTotals />
          <OrderPayment />
          <OrderDelivery />
        </Stack>
      </Grid>
    </Grid>
  </Show>
);

export default OrderShow;
