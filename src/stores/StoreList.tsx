import { DataTable, EmailField, List, SearchInput } from 'react-admin';

const storeFilters = [<SearchInput key="q" source="q" alwaysOn />];

const StoreList = () => (
  <List filters={storeFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="name" />
      <DataTable.Col source="city" />
      <DataTable.Col source="postcode" />
      <DataTable.Col source="phone" />
      <DataTable.Col source="email" field={EmailField} />
    </DataTable>
  </List>
);

export default StoreList;
