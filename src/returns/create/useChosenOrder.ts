import { useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Order } from '../../domain/types';
import type { ReturnFormValues } from './returnRequest';

/** The form's order, however it was chosen: by its reference, among the customer's, or by the link. */
export const useChosenOrder = () => {
  // Empty (null, or '' from the order list's blank choice) until an order is chosen.
  const orderId = useWatch<ReturnFormValues, 'orderId'>({ name: 'orderId' }) || undefined;
  const { data } = useGetOne<Order>('orders', { id: orderId }, { enabled: !!orderId });
  return orderId ? data : undefined;
};
