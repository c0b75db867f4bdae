import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { KLUB_KINDS, KLUB_STATUSES } from '../domain/types';

const klubMemberFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('klubStatus', KLUB_STATUSES)} />,
  <SelectInput key="kind" source="kind" choices={enumChoices('klubKind', KLUB_KINDS)} />,
];

const KlubMemberList = () => (
  <List filters={klubMemberFilters} sort={{ field: 'joinedAt', order: 'DESC' }} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="memberNumber" />
      <DataTable.Col source="customerId">
        <GuardedReferenceField source="customerId" reference="customers" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="klubKind" />
      </DataTable.Col>
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="joinedAt" field={ParisDateField} />
    </DataTable>
  </List>
);

export default KlubMemberList;
