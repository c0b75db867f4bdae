import { ColumnsButton, CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportAllButton } from '../../common/ExportAllButton';
import { PRODUCT_CSV_COLUMNS } from './productCsv';

export const ProductListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
    <ExportAllButton columns={PRODUCT_CSV_COLUMNS} />
  </TopToolbar>
);
