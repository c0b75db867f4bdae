import {
  BooleanInput,
  DateInput,
  Edit,
  maxLength,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
} from 'react-admin';
import { isValidEmail } from '../domain/customers';

const validEmail = (email: string | undefined) =>
  !email || isValidEmail(email.trim()) ? undefined : 'app.customers.validation.email_invalid';

const validateName = [required(), maxLength(80)];
const validateEmail = [required(), maxLength(200), validEmail];

/** Saving is all there is: a customer with orders is never deleted. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * The customer's contact details and newsletter choice. Pessimistic, so that the server's refusal
 * (an e-mail already used) lands under its field and nothing is saved.
 */
const CustomerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges toolbar={<SaveOnly />}>
      <TextInput source="firstName" validate={validateName} />
      <TextInput source="lastName" validate={validateName} />
      <TextInput source="email" validate={validateEmail} />
      <TextInput source="phone" validate={maxLength(30)} />
      <DateInput source="birthDate" />
      <BooleanInput source="newsletter" helperText="app.customers.edit.newsletter_help" />
    </SimpleForm>
  </Edit>
);

export default CustomerEdit;
