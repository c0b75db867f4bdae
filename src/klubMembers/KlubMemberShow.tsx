import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import { ParisDateField } from '../common/ParisDateField';
import { RecordHistory } from '../common/RecordHistory';
import { StatusField } from '../common/StatusField';
import { Invitations } from './show/Invitations';
import { KlubMemberActions } from './show/KlubMemberActions';

const KlubMemberShow = () => (
  <Show actions={<KlubMemberActions />}>
    <SimpleShowLayout>
      <TextField source="memberNumber" />
      <GuardedReferenceField source="customerId" reference="customers" />
      <EnumField source="kind" enumName="klubKind" />
      <StatusField source="status" />
      <ParisDateField source="joinedAt" />
      <ParisDateField source="leftAt" />
      <Labeled label="resources.klub-members.fields.invitations">
        <Invitations />
      </Labeled>
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default KlubMemberShow;
