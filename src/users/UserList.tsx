import { DataTable, EmailField, SearchInput, SelectInput } from 'react-admin';
import { YesNoField } from '../common/YesNoField';
import { List } from '../common/List';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { ROLES } from '../domain/types';
import { USER_EXPORT_COLUMNS } from './userExport';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('role', ROLES)} />,
];

const UserList = () => (
  <List
    disableAuthentication
    filters={userFilters}
    sort={{ field: 'fullName', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions columns={USER_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role">
        <EnumField source="role" enumName="role" />
      </DataTable.Col>
      <DataTable.Col source="active" field={YesNoField} />
    </DataTable>
  </List>
);

export default UserList;
