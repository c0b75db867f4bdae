import { DataTable } from 'react-admin';
import { List } from '../common/List';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { ParisDateField } from '../common/ParisDateField';
import { StatusField } from '../common/StatusField';
import { KLUB_MEMBER_EXPORT_COLUMNS } from './klubMemberExport';
import { klubMemberFilters } from './klubMemberFilters';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { customerId: 'customers' };

const KlubMemberList = () => (
  <List
    disableAuthentication
    filters={klubMemberFilters}
    sort={{ field: 'joinedAt', order: 'DESC' }}
    perPage={25}
    actions={<ExportListActions columns={KLUB_MEMBER_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <RowReferences fields={REFERENCES}>
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
    </RowReferences>
  </List>
);

export default KlubMemberList;
