import { useGetOne } from 'react-admin';
import { useCanRead } from '../../common/ReadablePages';
import type { ContactRequest, Customer, Order } from '../../domain/types';

/** The customer the server found by the request's e-mail; nothing is asked of a role that may not read them. */
export function useRequestCustomer(request: ContactRequest | undefined) {
  const readable = useCanRead('customers');
  const id = request?.customerId ?? undefined;
  return useGetOne<Customer>('customers', { id }, { enabled: readable && id !== undefined });
}

/** The order the request is linked to (always one of its customer's). */
export function useLinkedOrder(request: ContactRequest | undefined) {
  const readable = useCanRead('orders');
  const id = request?.orderId ?? undefined;
  return useGetOne<Order>('orders', { id }, { enabled: readable && id !== undefined });
}
