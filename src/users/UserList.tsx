import { BooleanField, DataTable, EmailField, SearchInput, SelectInput } from 'react-admin';
import { List } from '../common/List';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { ROLES } from '../domain/types';

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
  >
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role">
        <EnumField source="role" enumName="role" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);

export default UserList;
