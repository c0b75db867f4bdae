import { Create, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { CustomerPicker } from '../customers/CustomerPicker';
import { EurosInput } from './EurosInput';

const toGoodwillNote = (note: Record<string, unknown>) => ({ ...note, origin: 'goodwill' });

const validateReason = [required('app.credit_notes.validation.reason_required'), maxLength(500)];

/** A goodwill note: the server lets only a manager or an admin issue one. */
const CreditNoteCreate = () => (
  <Create title="app.credit_notes.create.title" redirect="show" transform={toGoodwillNote}>
    <SimpleForm warnWhenUnsavedChanges>
      <CustomerPicker source="customerId" validate={required()} />
      <EurosInput source="amountCents" />
      <TextInput source="reason" validate={validateReason} multiline fullWidth />
    </SimpleForm>
  </Create>
);

export default CreditNoteCreate;
