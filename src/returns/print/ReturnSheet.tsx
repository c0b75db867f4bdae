import { Box, Typography } from '@mui/material';
import { Loading, useGetOne, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { useFormat } from '../../common/useFormat';
import type { Order, ReturnAuthorisation } from '../../domain/types';
import { Code128 } from './Code128';
import { Detail } from './Detail';
import { PackingInstructions } from './PackingInstructions';
import { PrintActions } from './PrintActions';
import { ReturnLinesTable } from './ReturnLinesTable';
import { SendTo } from './SendTo';
import { useReadableCustomer } from './useReadableCustomer';

/** The return authorisation the customer prints and puts in the parcel. */
export const ReturnSheet = ({ ret }: { ret: ReturnAuthorisation }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { data: order, isPending } = useGetOne<Order>('orders', { id: ret.orderId });
  const { customer, isPending: customerPending } = useReadableCustomer(ret.customerId);
  if (isPending || customerPending) return <Loading />;
  const fee =
    ret.returnShippingFeeCents === 0
      ? translate('app.returns.print.fee_free')
      : format.euros(ret.returnShippingFeeCents);
  return (
    <>
      <PrintActions id={ret.id} />
      <Typography sx={{ fontWeight: 'bold', letterSpacing: '0.3em', textTransform: 'uppercase' }}>
        {translate('app.returns.print.brand')}
      </Typography>
      <Typography component="h1" variant="h4" sx={{ mb: 3 }}>
        {translate('app.returns.print.title')}
      </Typography>
      <Box sx={{ textAlign: 'center', mb: 3 }}>
        <Code128
          value={ret.reference}
          label={translate('app.returns.print.barcode', { reference: ret.reference })}
        />
        <Typography sx={{ fontFamily: 'monospace', fontSize: '2rem', letterSpacing: '0.1em' }}>
          {ret.reference}
        </Typography>
      </Box>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 1, mb: 3 }}>
        {order && (
          <>
            <Detail term={translate('app.returns.print.order')}>{order.reference}</Detail>
            <Detail term={translate('app.returns.print.ordered_on')}>
              {format.date(order.placedAt)}
            </Detail>
          </>
        )}
        {customer && (
          <Detail term={translate('app.returns.print.customer')}>
            {customer.firstName} {customer.lastName}
          </Detail>
        )}
        {order?.delivery.mode === 'home' && (
          <Detail term={translate('app.returns.print.address')}>{order.delivery.address}</Detail>
        )}
        <Detail term={translate('app.returns.print.resolution')}>
          {translate(enumKey('resolution', ret.resolution))}
        </Detail>
        <Detail term={translate('app.returns.print.fee')}>{fee}</Detail>
      </Box>
      <Typography component="h2" variant="h6">
        {translate('app.returns.print.lines')}
      </Typography>
      <ReturnLinesTable lines={ret.lines} />
      <SendTo />
      <PackingInstructions />
    </>
  );
};
