import { ColumnsButton, CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportAllButton } from '../../common/ExportAllButton';
import { productFilters } from '../productFilters';
import { PRODUCT_EXPORT_COLUMNS } from '../productExport';

export const ProductListActions = () => (
  <TopToolbar>
    <FilterButton filters={productFilters} />
    <ColumnsButton />
    <CreateButton />
    <ExportAllButton columns={PRODUCT_EXPORT_COLUMNS} />
  </TopToolbar>
);
