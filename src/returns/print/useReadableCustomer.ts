import { useCanAccess, useGetOne } from 'react-admin';
import type { Customer, Id } from '../../domain/types';

/** The customer, for the roles that may read customers; none for the others, and no request. */
export function useReadableCustomer(id: Id): { customer?: Customer; isPending: boolean } {
  const access = useCanAccess({ resource: 'customers', action: 'show' });
  const canRead = access.canAccess === true;
  const { data, isPending } = useGetOne<Customer>('customers', { id }, { enabled: canRead });
  return { customer: data, isPending: access.isPending || (canRead && isPending) };
}
