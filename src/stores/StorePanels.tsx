import { Stack, Typography } from '@mui/material';
import { EmailField, Labeled, useRecordContext } from 'react-admin';
import { FactsCard } from '../common/FactsCard';
import type { Store } from '../domain/types';
import { OpeningHoursField, PhoneField } from './StoreFields';

/** The postal address, as written on an envelope. */
export const AddressPanel = () => {
  const store = useRecordContext<Store>();
  if (!store) return null;
  return (
    <FactsCard title="resources.stores.fields.address">
      <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
        {store.address}
        <br />
        {store.postcode} {store.city}
      </Typography>
    </FactsCard>
  );
};

/** How to reach the boutique: a phone link that dials, an e-mail link that writes. */
export const ContactPanel = () => (
  <FactsCard title="app.stores.contact">
    <Stack spacing={1}>
      <Labeled source="phone">
        <PhoneField source="phone" />
      </Labeled>
      <Labeled source="email">
        <EmailField source="email" />
      </Labeled>
    </Stack>
  </FactsCard>
);

export const OpeningHoursPanel = () => (
  <FactsCard title="resources.stores.fields.openingHours">
    <OpeningHoursField source="openingHours" />
  </FactsCard>
);
