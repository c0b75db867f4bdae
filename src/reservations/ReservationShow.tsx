import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { TransitionActions } from '../common/TransitionActions';

const RESERVATION_MOVES = ['confirmed', 'unavailable', 'collected', 'cancelled'];

const ReservationShow = () => (
  <Show actions={<TransitionActions to={RESERVATION_MOVES} />}>
    <SimpleShowLayout>
      <TextField source="reference" />
      <StatusField source="status" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <GuardedReferenceField source="storeId" reference="stores" />
      <GuardedReferenceField source="productId" reference="products" />
      <TextField source="sku" />
      <TextField source="size" />
      <TextField source="colour" />
      <NumberField source="quantity" />
      <EnumField source="channel" enumName="reservationChannel" />
      <ParisDateField source="requestedAt" />
      <ParisDateField source="confirmBy" />
      <ParisDateField source="confirmedAt" />
      <ParisDateField source="holdUntil" />
      <ParisDateField source="collectedAt" />
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default ReservationShow;
