import { EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { YesNoField } from '../common/YesNoField';
import { EnumField } from '../common/EnumField';
import { RecordHistory } from '../common/RecordHistory';

const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="fullName" />
      <EmailField source="email" />
      <EnumField source="role" enumName="role" />
      <YesNoField source="active" />
      <RecordHistory label="app.history.title" />
    </SimpleShowLayout>
  </Show>
);

export default UserShow;
