import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { FactsCard } from '../../common/FactsCard';
import type { Order } from '../../domain/types';
import { TrackingAndPromise } from './TrackingAndPromise';

/** How, where and to whom the parcel goes (the name for its label), the carrier's tracking page, and the promise kept or not. */
export const OrderDelivery = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  if (!order) return null;
  const { mode, carrier, address, relayPointName, recipientName } = order.delivery;
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
        <TrackingAndPromise />
      </Stack>
    </FactsCard>
  );
};
