import { Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import { customerName } from '../../customers/customerName';
import type { Customer, Order } from '../../domain/types';

/** Whose order it is, before anything is returned: the customer, and the order's date and status. */
export const OrderOwner = ({ order }: { order: Order }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { data: customer } = useGetOne<Customer>('customers', { id: order.customerId });
  if (!customer) return null;
  return (
    <FactsCard title="app.pickers.order.owner">
      <Typography>{customerName(customer)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {customer.reference} · {customer.email}
      </Typography>
      <Typography variant="body2">
        {translate('app.pickers.order.placed', {
          reference: order.reference,
          date: format.date(order.placedAt),
          status: translate(enumKey('orderStatus', order.status)),
        })}
      </Typography>
    </FactsCard>
  );
};
