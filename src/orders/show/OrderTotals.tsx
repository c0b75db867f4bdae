import { Table, TableBody } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AmountRow } from '../../common/AmountRow';
import { FactsCard } from '../../common/FactsCard';
import type { Order } from '../../domain/types';

/** Subtotal − discount + shipping = total, as the server computed them. */
export const OrderTotals = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  if (!order) return null;
  return (
    <FactsCard title="app.orders.totals.title">
      <Table size="small" aria-label={translate('app.orders.totals.title')}>
        <TableBody>
          <AmountRow label={translate('app.orders.totals.subtotal')} cents={order.subtotalCents} />
          {order.promoCode && (
            <AmountRow
              label={translate('app.orders.totals.discount', { code: order.promoCode })}
              cents={-order.discountCents}
            />
          )}
          <AmountRow
            label={translate('app.orders.totals.shipping')}
            cents={order.shippingFeeCents}
          />
          <AmountRow label={translate('app.orders.totals.total')} cents={order.totalCents} strong />
        </TableBody>
      </Table>
    </FactsCard>
  );
};
