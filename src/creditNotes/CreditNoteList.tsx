import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { CREDIT_NOTE_ORIGINS, CREDIT_NOTE_STATUSES } from '../domain/types';

const creditNoteFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('creditNoteStatus', CREDIT_NOTE_STATUSES)}
  />,
  <SelectInput
    key="origin"
    source="origin"
    choices={enumChoices('creditNoteOrigin', CREDIT_NOTE_ORIGINS)}
  />,
];

const CreditNoteList = () => (
  <List filters={creditNoteFilters} sort={{ field: 'issuedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="issuedAt" field={ParisDateField} />
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
      <DataTable.Col source="origin">
        <EnumField source="origin" enumName="creditNoteOrigin" />
      </DataTable.Col>
      <DataTable.Col source="amountCents" field={MoneyField} align="right" />
      <DataTable.Col source="balanceCents" field={MoneyField} align="right" />
      <DataTable.Col source="status" field={StatusField} />
    </DataTable>
  </List>
);

export default CreditNoteList;
