import { EmailField, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { useCanRead } from '../common/ReadablePages';
import { RecordHistory } from '../common/RecordHistory';
import { StoreReservations } from './StoreReservations';

const StoreShow = () => {
  const canReadReservations = useCanRead('reservations');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="reference" />
        <TextField source="name" />
        <TextField source="address" />
        <TextField source="postcode" />
        <TextField source="city" />
        <TextField source="phone" />
        <EmailField source="email" />
        <TextField source="openingHours" />
        {canReadReservations && (
          <Labeled label="app.reservations.store.title">
            <StoreReservations />
          </Labeled>
        )}
        <RecordHistory label="app.history.title" />
      </SimpleShowLayout>
    </Show>
  );
};

export default StoreShow;
