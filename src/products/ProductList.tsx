import { DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { productFilters } from './productFilters';

const ProductList = () => (
  <List filters={productFilters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="reference" />
      <DataTable.Col source="name" />
      <DataTable.Col source="department">
        <EnumField source="department" enumName="department" />
      </DataTable.Col>
      <DataTable.Col source="category">
        <EnumField source="category" enumName="category" />
      </DataTable.Col>
      <DataTable.Col source="collection" />
      <DataTable.Col source="priceCents" field={MoneyField} align="right" />
      <DataTable.Col source="salePriceCents" field={MoneyField} align="right" />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="updatedAt" field={ParisDateField} />
    </DataTable>
  </List>
);

export default ProductList;
