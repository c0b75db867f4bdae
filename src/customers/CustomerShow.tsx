import {
  BooleanField,
  EmailField,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';

const CustomerShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="reference" />
      <TextField source="firstName" />
      <TextField source="lastName" />
      <EmailField source="email" />
      <TextField source="phone" />
      <ParisDateField source="birthDate" dateOnly />
      <BooleanField source="newsletter" />
      <ParisDateField source="createdAt" />
      <GuardedReferenceField source="klubMemberId" reference="klub-members" />
      <NumberField source="ordersCount" />
      <MoneyField source="totalSpentCents" />
      <ParisDateField source="lastOrderAt" />
      <MoneyField source="creditBalanceCents" />
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default CustomerShow;
