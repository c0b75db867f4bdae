import { required, TextInput, type TextInputProps } from 'react-admin';
import { parseEuros } from '../domain/money';

/** An amount in euros as staff type it ("25,50", "1 234,5 €"), more than 0 €. */
const positiveEuros = (text: string | undefined) => {
  const cents = parseEuros(text ?? '');
  if (cents === null) return 'app.credit_notes.validation.amount_invalid';
  return cents > 0 ? undefined : 'app.credit_notes.validation.amount_positive';
};

/** An amount typed in euros: the form keeps the text, the save turns it into cents (parseEuros). */
export const EurosInput = (props: TextInputProps) => (
  <TextInput
    validate={[required(), positiveEuros]}
    helperText="app.credit_notes.create.amount_help"
    inputMode="decimal"
    {...props}
  />
);
