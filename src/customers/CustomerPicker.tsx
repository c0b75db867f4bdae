import {
  AutocompleteInput,
  ReferenceInput,
  type AutocompleteInputProps,
  type Validator,
} from 'react-admin';
import type { Customer } from '../domain/types';
import { CustomerOption } from './CustomerOption';
import { customerName } from './customerName';

/** The server's full-text search reads names, e-mail, phone and customer number. */
const searchCustomers = (text: string) => ({ q: text });

interface CustomerPickerProps {
  source: string;
  validate?: Validator | Validator[];
  onChange?: AutocompleteInputProps['onChange'];
}

/**
 * Chooses a customer by name, e-mail, phone or number: each option says who it is beyond the name,
 * the most recent customers first.
 */
export const CustomerPicker = ({ source, validate, onChange }: CustomerPickerProps) => (
  <ReferenceInput
    source={source}
    reference="customers"
    sort={{ field: 'lastOrderAt', order: 'DESC' }}
  >
    <AutocompleteInput
      optionText={<CustomerOption />}
      inputText={(customer: Customer) => customerName(customer)}
      filterToQuery={searchCustomers}
      helperText="app.pickers.customer.help"
      validate={validate}
      onChange={onChange}
      sx={{ minWidth: 360 }}
    />
  </ReferenceInput>
);
