import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { TransitionActions } from '../common/TransitionActions';

const RETURN_MOVES = ['refunded', 'credited', 'cancelled'];

const ReturnShow = () => (
  <Show actions={<TransitionActions to={RETURN_MOVES} />}>
    <SimpleShowLayout>
      <TextField source="reference" />
      <StatusField source="status" />
      <GuardedReferenceField source="orderId" reference="orders" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <ParisDateField source="requestedAt" />
      <ArrayField source="lines">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="sku" />
          <DataTable.NumberCol source="quantity" />
          <DataTable.Col source="unitPriceCents" field={MoneyField} align="right" />
          <DataTable.Col source="reason">
            <EnumField source="reason" enumName="returnReason" />
          </DataTable.Col>
          <DataTable.Col source="condition">
            <EnumField source="condition" enumName="itemCondition" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
      <EnumField source="resolution" enumName="resolution" />
      <MoneyField source="returnShippingFeeCents" />
      <ParisDateField source="receivedAt" />
      <GuardedReferenceField source="receivedBy" reference="users" />
      <ParisDateField source="refundDueBy" />
      <MoneyField source="refundAmountCents" />
      <ParisDateField source="refundedAt" />
      <GuardedReferenceField source="creditNoteId" reference="credit-notes" />
      <TextField source="notes" />
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default ReturnShow;
