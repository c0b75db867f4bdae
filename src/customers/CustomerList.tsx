import { BooleanField, DataTable, EmailField, List, SearchInput } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';

const customerFilters = [<SearchInput key="q" source="q" alwaysOn />];

const CustomerList = () => (
  <List filters={customerFilters} sort={{ field: 'lastOrderAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.NumberCol source="ordersCount" />
      <DataTable.Col source="totalSpentCents" field={MoneyField} align="right" />
      <DataTable.Col source="creditBalanceCents" field={MoneyField} align="right" />
      <DataTable.Col source="lastOrderAt" field={ParisDateField} />
      <DataTable.Col source="newsletter" field={BooleanField} />
    </DataTable>
  </List>
);

export default CustomerList;
