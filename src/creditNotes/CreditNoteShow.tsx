import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';

const CreditNoteShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="reference" />
      <StatusField source="status" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <EnumField source="origin" enumName="creditNoteOrigin" />
      <GuardedReferenceField source="returnId" reference="returns" />
      <TextField source="reason" />
      <ParisDateField source="issuedAt" />
      <MoneyField source="amountCents" />
      <MoneyField source="balanceCents" />
      <ArrayField source="usages">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="orderId">
            <GuardedReferenceField source="orderId" reference="orders" />
          </DataTable.Col>
          <DataTable.Col source="amountCents" field={MoneyField} align="right" />
          <DataTable.Col source="at" field={ParisDateField} />
        </DataTable>
      </ArrayField>
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default CreditNoteShow;
