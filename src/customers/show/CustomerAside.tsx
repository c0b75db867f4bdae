import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Customer } from '../../domain/types';
import { KlubCard } from './KlubCard';
import { ReturnShippingCard } from './ReturnShippingCard';
import { useKlubMembership } from './useKlubMembership';

/** Beside every tab: the customer's Klub membership and what it means for their returns. */
export const CustomerAside = () => {
  const customer = useRecordContext<Customer>();
  const member = useKlubMembership(customer);
  if (!customer || member === undefined) return null;
  return (
    <Stack spacing={2} sx={{ width: 280, flexShrink: 0, ml: 2 }}>
      <KlubCard customer={customer} member={member} />
      <ReturnShippingCard member={member} />
    </Stack>
  );
};
