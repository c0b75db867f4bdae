import { EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordHistory } from '../common/RecordHistory';

const StoreShow = () => (
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
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default StoreShow;
