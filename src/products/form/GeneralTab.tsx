import { required, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { EurosAmountInput } from '../../common/EurosAmountInput';
import { CATEGORIES, DEPARTMENTS } from '../../domain/types';
import { validate } from './productValidation';

/** What the customer reads: name, description, where it is shelved, and its prices. */
export const GeneralTab = () => (
  <>
    <TextInput source="name" validate={validate.name} fullWidth />
    <TextInput
      source="description"
      validate={validate.description}
      multiline
      minRows={3}
      fullWidth
    />
    <SelectInput
      source="department"
      choices={enumChoices('department', DEPARTMENTS)}
      validate={required()}
    />
    <SelectInput
      source="category"
      choices={enumChoices('category', CATEGORIES)}
      validate={required()}
    />
    <TextInput
      source="collection"
      validate={validate.collection}
      parse={(code: string) => code.toUpperCase()}
      helperText="app.products.form.collection_help"
    />
    <EurosAmountInput source="priceCents" validate={validate.priceCents} />
    <EurosAmountInput
      source="salePriceCents"
      validate={validate.salePriceCents}
      helperText="app.products.form.sale_help"
    />
  </>
);
