import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { RETURN_STATUSES } from '../domain/types';

const returnFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('returnStatus', RETURN_STATUSES)}
  />,
];

const ReturnList = () => (
  <List filters={returnFilters} sort={{ field: 'requestedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="requestedAt" field={ParisDateField} />
      <DataTable.Col source="orderId">
        <GuardedReferenceField source="orderId" reference="orders" />
      </DataTable.Col>
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="resolution">
        <EnumField source="resolution" enumName="resolution" />
      </DataTable.Col>
      <DataTable.Col source="refundAmountCents" field={MoneyField} align="right" />
      <DataTable.Col source="refundDueBy" field={ParisDateField} />
    </DataTable>
  </List>
);

export default ReturnList;
