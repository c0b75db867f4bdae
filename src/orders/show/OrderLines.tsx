import { ArrayField, DataTable } from 'react-admin';
import { MoneyField } from '../../common/MoneyField';

/** What was ordered: one row per sku. */
export const OrderLines = () => (
  <ArrayField source="lines">
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="sku" />
      <DataTable.Col source="size" />
      <DataTable.Col source="colour" />
      <DataTable.NumberCol source="quantity" />
      <DataTable.Col source="unitPriceCents" field={MoneyField} align="right" />
    </DataTable>
  </ArrayField>
);
