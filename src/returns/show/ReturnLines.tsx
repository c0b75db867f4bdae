import { ArrayField, DataTable } from 'react-admin';
import { EnumField } from '../../common/EnumField';
import { MoneyField } from '../../common/MoneyField';

/** The returned items, each with the customer's reason and the condition found at reception. */
export const ReturnLines = () => (
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
);
