import { ArrayField, DataTable, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { ParisDateField } from '../common/ParisDateField';
import { useCanRead } from '../common/ReadablePages';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { ProductHolds } from './ProductHolds';

const ProductShow = () => {
  const canReadReservations = useCanRead('reservations');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="reference" />
        <TextField source="name" />
        <TextField source="description" />
        <EnumField source="department" enumName="department" />
        <EnumField source="category" enumName="category" />
        <TextField source="collection" />
        <MoneyField source="priceCents" />
        <MoneyField source="salePriceCents" />
        <StatusField source="status" />
        <ArrayField source="variants">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="sku" />
            <DataTable.Col source="size" />
            <DataTable.Col source="colour" />
            <DataTable.Col source="ean13" />
            <DataTable.NumberCol source="stock" />
          </DataTable>
        </ArrayField>
        {canReadReservations && (
          <Labeled label="app.reservations.product.held">
            <ProductHolds />
          </Labeled>
        )}
        <ParisDateField source="createdAt" />
        <ParisDateField source="updatedAt" />
        <RecordHistory label="app.history.title" />
      </SimpleShowLayout>
    </Show>
  );
};

export default ProductShow;
