import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { SaveButton, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { storeValidation as validate } from './storeValidation';

/** Saving is all there is: a boutique that reservations point to is never deleted. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Two short fields side by side on a wide screen, one above the other on a narrow one. */
const Pair = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} sx={{ width: '100%' }}>
    {children}
  </Stack>
);

/** A boutique's fields, for creating and editing alike, checked as the server checks them. */
export const StoreForm = () => (
  <SimpleForm warnWhenUnsavedChanges toolbar={<SaveOnly />} sx={{ maxWidth: 720 }}>
    <TextInput source="name" validate={validate.name} />
    <TextInput source="address" validate={validate.address} />
    <Pair>
      <TextInput source="postcode" validate={validate.postcode} />
      <TextInput source="city" validate={validate.city} />
    </Pair>
    <Pair>
      <TextInput source="phone" type="tel" validate={validate.phone} />
      <TextInput source="email" type="email" validate={validate.email} />
    </Pair>
    <TextInput
      source="openingHours"
      validate={validate.openingHours}
      helperText="app.stores.opening_hours_help"
      multiline
      minRows={3}
    />
  </SimpleForm>
);
