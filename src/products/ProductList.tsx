import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, useCanAccess } from 'react-admin';
import { List } from '../common/List';
import { EnumField } from '../common/EnumField';
import { ParisDateField } from '../common/ParisDateField';
import { LabelledRowCheckboxes } from '../common/LabelledRowCheckboxes';
import { StatusField } from '../common/StatusField';
import { BulkOutcomeProvider } from './bulk/BulkOutcomeContext';
import { ProductBulkActions } from './bulk/ProductBulkActions';
import { PriceField } from './list/PriceField';
import { ProductCards } from './list/ProductCards';
import { ProductFilterForm } from './list/ProductFilterForm';
import { ProductListActions } from './list/ProductListActions';
import { StockField } from './list/StockField';
import { ThumbnailField } from './list/ThumbnailField';

const ProductTable = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'products', action: 'edit' });
  return (
    <LabelledRowCheckboxes>
      <DataTable
        bulkActionButtons={canEdit ? <ProductBulkActions /> : false}
        hiddenColumns={['updatedAt']}
      >
        <DataTable.Col
          source="images"
          label="app.products.list.thumbnail"
          disableSort
          field={ThumbnailField}
        />
        <DataTable.Col source="reference" />
        <DataTable.Col source="name" />
        <DataTable.Col source="department">
          <EnumField source="department" enumName="department" />
        </DataTable.Col>
        <DataTable.Col source="category">
          <EnumField source="category" enumName="category" />
        </DataTable.Col>
        <DataTable.Col source="collection" />
        <DataTable.Col source="priceCents" field={PriceField} align="right" />
        <DataTable.Col
          source="variants"
          label="app.products.list.total_stock"
          disableSort
          field={StockField}
          align="right"
        />
        <DataTable.Col source="status" field={StatusField} />
        <DataTable.Col source="updatedAt" field={ParisDateField} />
      </DataTable>
    </LabelledRowCheckboxes>
  );
};

/** The catalogue: a table on a desk, cards on a phone; filters and sorting run on the server. */
const ProductList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List
      filters={<ProductFilterForm />}
      actions={<ProductListActions />}
      exporter={false}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
    >
      <BulkOutcomeProvider>{small ? <ProductCards /> : <ProductTable />}</BulkOutcomeProvider>
    </List>
  );
};

export default ProductList;
