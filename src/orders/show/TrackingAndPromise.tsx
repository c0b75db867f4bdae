import { Link, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import type { Order } from '../../domain/types';
import { LateChipField } from '../LateChipField';

/** The order's parcel on the carrier's tracking page, once shipped, and its delivery promise kept or not. */
export const TrackingAndPromise = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const format = useFormat();
  if (!order) return null;
  const { carrier, trackingNumber, trackingUrl } = order.delivery;
  return (
    <>
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
    </>
  );
};
