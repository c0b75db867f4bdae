import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { GuardedReferenceField } from '../common/GuardedReferenceField';
import type { Reservation } from '../domain/types';

/** The reserved item: the product, then its size and colour, and how many when more than one. */
export const ReservationItemField = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  if (!reservation) return null;
  const { size, colour, quantity } = reservation;
  return (
    <Stack>
      <GuardedReferenceField source="productId" reference="products" />
      <Typography variant="caption" color="text.secondary">
        {translate('app.reservations.item.variant', { size, colour, smart_count: quantity })}
      </Typography>
    </Stack>
  );
};
