import { DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { klubMemberFilters } from './klubMemberFilters';

const KlubMemberList = () => (
  <List filters={klubMemberFilters} sort={{ field: 'joinedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="memberNumber" />
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="klubKind" />
      </DataTable.Col>
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="joinedAt" field={ParisDateField} />
      <DataTable.Col source="leftAt" field={ParisDateField} />
    </DataTable>
  </List>
);

export default KlubMemberList;
