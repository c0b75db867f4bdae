import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';

const KlubMemberShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="memberNumber" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <EnumField source="kind" enumName="klubKind" />
      <StatusField source="status" />
      <ParisDateField source="joinedAt" />
      <ParisDateField source="leftAt" />
      <ArrayField source="invitations">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="event" />
          <DataTable.Col source="date">
            <ParisDateField source="date" dateOnly />
          </DataTable.Col>
          <DataTable.Col source="status" label="resources.klub-members.fields.invitationStatus">
            <EnumField source="status" enumName="invitationStatus" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default KlubMemberShow;
