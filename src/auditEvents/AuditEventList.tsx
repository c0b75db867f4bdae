import { DataTable, SelectInput } from 'react-admin';
import { List } from '../common/List';
import { enumChoices } from '../common/enums';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { StaffNameField } from '../common/StaffNameField';
import { ParisDateField } from '../common/ParisDateField';
import { AUDIT_ACTIONS } from '../domain/types';
import { AUDIT_EVENT_EXPORT_COLUMNS } from './auditEventExport';
import { AuditRecordField } from './AuditRecordField';
import { AuditStatusField } from './AuditStatusField';
import { ResourceNameField } from './ResourceNameField';
import { ResourceSelectInput } from './ResourceSelectInput';

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
    actions={<ExportListActions columns={AUDIT_EVENT_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="at" field={ParisDateField} />
      <DataTable.Col source="userId" field={StaffNameField} />
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
  </List>
);

export default AuditEventList;
