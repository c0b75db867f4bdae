import { useGetOne } from 'react-admin';
import type { Customer, KlubMember } from '../../domain/types';

/** The customer's current Klub membership: null outside the Klub, undefined until it is read. */
export function useKlubMembership(customer: Customer | undefined): KlubMember | null | undefined {
  const id = customer?.klubMemberId ?? undefined;
  const { data } = useGetOne<KlubMember>('klub-members', { id }, { enabled: id !== undefined });
  if (!customer) return undefined;
  return id === undefined ? null : data;
}
