import { Stack } from '@mui/material';
import { required, TextInput, type RaRecord } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { CustomerPicker } from '../../customers/CustomerPicker';
import type { Customer } from '../../domain/types';
import { contactEmail, frenchPhone } from './contactRequestValidation';

/**
 * Who called or wrote: picking a customer fills in their details, which stay editable (a caller
 * may give another number). The server links the request to the customer by e-mail.
 */
export const RequesterInputs = () => {
  const { setValue } = useFormContext();
  const fillFromCustomer = (_id: unknown, picked: RaRecord | '') => {
    if (!picked) return;
    const customer = picked as Customer;
    const filled = { shouldDirty: true, shouldValidate: true };
    setValue('firstName', customer.firstName, filled);
    setValue('lastName', customer.lastName, filled);
    setValue('email', customer.email, filled);
    if (customer.phone) setValue('phone', customer.phone, filled);
  };
  return (
    <>
      <CustomerPicker source="customerId" onChange={fillFromCustomer} />
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
      </Stack>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
        <TextInput source="email" type="email" validate={[required(), contactEmail]} />
        <TextInput source="phone" type="tel" validate={frenchPhone} />
      </Stack>
    </>
  );
};
