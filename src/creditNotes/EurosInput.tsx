import { required, type InputProps } from 'react-admin';
import { EurosAmountInput } from '../common/EurosAmountInput';

const positive = (cents: unknown) =>
  typeof cents === 'number' && cents <= 0
    ? 'app.credit_notes.validation.amount_positive'
    : undefined;

/** The amount of a credit note, typed in euros ("25,50") and held in cents: more than 0 €. */
export const EurosInput = (props: InputProps) => (
  <EurosAmountInput
    validate={[required(), positive]}
    helperText="app.credit_notes.create.amount_help"
    {...props}
  />
);
