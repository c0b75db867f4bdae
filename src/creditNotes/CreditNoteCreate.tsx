import {
  AutocompleteInput,
  Create,
  maxLength,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { parseEuros } from '../domain/money';
import type { Id } from '../domain/types';
import { EurosInput } from './EurosInput';

/**
 * What the form holds: the amount as typed, in euros, under the name of the field it becomes, so
 * that the server's error on amountCents shows under it.
 */
interface GoodwillForm {
  customerId: Id;
  amountCents: string;
  reason: string;
}

const toGoodwillNote = ({ amountCents, ...note }: GoodwillForm) => ({
  ...note,
  origin: 'goodwill',
  amountCents: parseEuros(amountCents),
});

const validateReason = [required('app.credit_notes.validation.reason_required'), maxLength(500)];

/** A goodwill note: the server lets only a manager or an admin issue one. */
const CreditNoteCreate = () => (
  <Create title="app.credit_notes.create.title" redirect="show" transform={toGoodwillNote}>
    <SimpleForm warnWhenUnsavedChanges>
      <ReferenceInput source="customerId" reference="customers">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <EurosInput source="amountCents" />
      <TextInput source="reason" validate={validateReason} multiline fullWidth />
    </SimpleForm>
  </Create>
);

export default CreditNoteCreate;
