import { DataTable, SelectInput } from 'react-admin';
import { List } from '../common/List';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { RowReferences } from '../common/RowReferences';
import { ParisDateField } from '../common/ParisDateField';
import { AUDIT_ACTIONS } from '../domain/types';
import { AuditRecordField } from './AuditRecordField';
import { AuditStatusField } from './AuditStatusField';
import { ResourceNameField } from './ResourceNameField';
import { ResourceSelectInput } from './ResourceSelectInput';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { userId: 'users' };

const auditEventFilters = [
  <ResourceSelectInput key="resource" source="resource" alwaysOn />,
  <SelectInput key="action" source="action" choices={enumChoices('auditAction', AUDIT_ACTIONS)} />,
];

const AuditEventList = () => (
  <List
    disableAuthentication
    filters={auditEventFilters}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
  >
    <RowReferences fields={REFERENCES}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="at" field={ParisDateField} />
        <DataTable.Col source="userId">
          <GuardedReferenceField source="userId" reference="users" />
        </DataTable.Col>
        <DataTable.Col source="role">
          <EnumField source="role" enumName="role" />
        </DataTable.Col>
        <DataTable.Col source="resource" field={ResourceNameField} />
        <DataTable.Col source="recordId" field={AuditRecordField} />
        <DataTable.Col source="action">
          <EnumField source="action" enumName="auditAction" />
        </DataTable.Col>
        <DataTable.Col source="fromStatus" field={AuditStatusField} />
        <DataTable.Col source="toStatus" field={AuditStatusField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default AuditEventList;
