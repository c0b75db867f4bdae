import { DataTable } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ExportListActions } from '../common/ExportAllButton';
import { List } from '../common/List';
import { ParisDateField } from '../common/ParisDateField';
import { RowReferences } from '../common/RowReferences';
import { StaffNameField } from '../common/StaffNameField';
import { StageTabs } from '../common/StageTabs';
import { stageFilter } from '../common/stages';
import { StatusField } from '../common/StatusField';
import { AssigneeQuickFilters } from './AssigneeQuickFilters';
import { CONTACT_REQUEST_EXPORT_COLUMNS } from './contactRequestExport';
import { contactRequestFilters } from './contactRequestFilters';
import { CONTACT_REQUEST_STAGES } from './contactRequestStages';
import { OrderReferenceField } from './OrderReferenceField';
import { ReplyClockField } from './ReplyClockField';
import { RequesterField } from './RequesterField';

/** The records the rows point to, fetched once per page. */
const REFERENCES = { orderId: 'orders' };

const [toAnswer] = CONTACT_REQUEST_STAGES;

/** The inbox, by stage; the first is the queue to answer, the most urgent promise first. */
const ContactRequestList = () => (
  <List
    disableAuthentication
    filters={contactRequestFilters}
    filterDefaultValues={{ status: stageFilter(toAnswer) }}
    sort={toAnswer.sort}
    perPage={25}
    actions={<ExportListActions columns={CONTACT_REQUEST_EXPORT_COLUMNS} />}
    exporter={false}
  >
    <AssigneeQuickFilters />
    <StageTabs stages={CONTACT_REQUEST_STAGES} messages="app.contact_requests.tabs" />
    <RowReferences fields={REFERENCES}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="receivedAt" field={ParisDateField} />
        <DataTable.Col label="app.contact_requests.requester" field={RequesterField} />
        <DataTable.Col source="reason">
          <EnumField source="reason" enumName="contactReason" />
        </DataTable.Col>
        <DataTable.Col source="orderReference" field={OrderReferenceField} />
        <DataTable.Col source="status" field={StatusField} />
        <DataTable.Col source="assigneeId" field={StaffNameField} />
        <DataTable.Col label="app.contact_requests.clock.column" field={ReplyClockField} />
      </DataTable>
    </RowReferences>
  </List>
);

export default ContactRequestList;
