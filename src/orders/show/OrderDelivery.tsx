import { Link, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import type { Order } from '../../domain/types';
import { LateChipField } from '../LateChipField';

/** How, where and to whom the parcel goes (the name for its label), the carrier's tracking page, and the promise kept or not. */
export const OrderDelivery = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const format = useFormat();
  if (!order) return null;
  const { mode, carrier, trackingNumber, trackingUrl, address, relayPointName, recipientName } =
    order.delivery;
  return (
    <FactsCard title="app.orders.delivery.title">
      <Stack spacing={0.5}>
        <Typography variant="body2">
          {translate(enumKey('deliveryMode', mode))} — {carrier}
        </Typography>
        {relayPointName && (
          <Typography variant="body2">
            {translate('app.orders.delivery.relay', { name: relayPointName })}
          </Typography>
        )}
        <Typography variant="body2">
          {translate('app.orders.delivery.recipient', { name: recipientName })}
        </Typography>
        <Typography variant="body2">{address}</Typography>
        {trackingNumber && trackingUrl && (
          <Link href={trackingUrl} target="_blank" rel="noopener noreferrer" variant="body2">
            {translate('app.orders.delivery.track', { number: trackingNumber, carrier })}
          </Link>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2">
            {translate('app.orders.delivery.promised', { date: format.date(order.promisedBy) })}
          </Typography>
          <LateChipField />
        </Stack>
      </Stack>
    </FactsCard>
  );
};
