import { DataTable } from 'react-admin';
import { ExportListActions } from '../common/ExportAllButton';
import { List } from '../common/List';
import { PhoneField, ShortOpeningHoursField } from './StoreFields';
import { STORE_EXPORT_COLUMNS } from './storeExport';
import { storeFilters } from './storeFilters';

/** The boutiques by name: where they are, how to call them, when they open. */
const StoreList = () => (
  <List
    disableAuthentication
    filters={storeFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions columns={STORE_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="reference" />
      <DataTable.Col source="name" />
      <DataTable.Col source="city" />
      <DataTable.Col source="postcode" />
      <DataTable.Col source="address" />
      <DataTable.Col source="phone" field={PhoneField} />
      <DataTable.Col source="openingHours" field={ShortOpeningHoursField} disableSort />
    </DataTable>
  </List>
);

export default StoreList;
