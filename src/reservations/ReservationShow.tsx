import { Grid, Stack } from '@mui/material';
import { Labeled, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { HoldPanel } from './show/HoldPanel';
import { PromisePanel } from './show/PromisePanel';
import { ReservationActions } from './show/ReservationActions';

/** A reservation: the item, the boutique and the customer; beside them, its two clocks. */
const ReservationShow = () => (
  <Show actions={<ReservationActions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <SimpleShowLayout sx={{ p: 0 }}>
          <TextField source="reference" />
          <StatusField source="status" />
          <GuardedReferenceField source="customerId" reference="customers" />
          <EnumField source="channel" enumName="reservationChannel" />
          <GuardedReferenceField source="storeId" reference="stores" />
          <GuardedReferenceField source="productId" reference="products" />
          <TextField source="sku" />
          <TextField source="size" />
          <TextField source="colour" />
          <NumberField source="quantity" />
          <ParisDateField source="requestedAt" />
          <Labeled label="app.history.title">
            <RecordHistory />
          </Labeled>
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>
          <PromisePanel />
          <HoldPanel />
        </Stack>
      </Grid>
    </Grid>
  </Show>
);

export default ReservationShow;
