import { Show, SimpleShowLayout } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { StaffNameField } from '../common/StaffNameField';
import { ParisDateField } from '../common/ParisDateField';
import { AuditRecordField } from './AuditRecordField';
import { AuditStatusField } from './AuditStatusField';
import { ChangesField } from '../common/ChangesField';
import { ResourceNameField } from './ResourceNameField';

const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <ParisDateField source="at" />
      <StaffNameField source="userId" />
      <EnumField source="role" enumName="role" />
      <ResourceNameField source="resource" />
      <AuditRecordField source="recordId" />
      <EnumField source="action" enumName="auditAction" />
      <AuditStatusField source="fromStatus" />
      <AuditStatusField source="toStatus" />
      <ChangesField source="changes" />
    </SimpleShowLayout>
  </Show>
);

export default AuditEventShow;
