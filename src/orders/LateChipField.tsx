import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useNow } from '../common/useNow';
import { daysLate, isLate } from '../domain/orders';
import type { Order } from '../domain/types';

/** Days past the delivery promise (`promisedBy`), as a chip; nothing for an order on time. */
export const LateChipField = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const now = useNow();
  if (!order || !isLate(order, now)) return null;
  const days = daysLate(order, now);
  return (
    <Chip
      size="small"
      color="error"
      label={
        days === 0
          ? translate('app.orders.late_today')
          : translate('app.orders.late', { smart_count: days })
      }
    />
  );
};
