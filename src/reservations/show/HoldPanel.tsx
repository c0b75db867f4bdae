import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import type { Reservation } from '../../domain/types';
import { ReservationClockField } from '../ReservationClockField';
import { ExpiryFacts } from './ExpiryFacts';

const Outcome = ({ reservation }: { reservation: Reservation }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { status, collectedAt } = reservation;
  if (status === 'confirmed') return <ReservationClockField />;
  if (status === 'expired') return <ExpiryFacts reservation={reservation} />;
  if (status === 'collected' && collectedAt) {
    return (
      <Typography variant="body2">
        {translate('app.reservations.hold.collected', { date: format.dateTime(collectedAt) })}
      </Typography>
    );
  }
  if (status === 'cancelled') {
    return <Typography variant="body2">{translate('app.reservations.hold.cancelled')}</Typography>;
  }
  return null;
};

/** The 2-day hold of a confirmed reservation: until when the store keeps it, and how it ended. */
export const HoldPanel = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  const format = useFormat();
  if (!reservation?.holdUntil) return null;
  return (
    <FactsCard title="app.reservations.sections.hold">
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2">
          {translate('app.reservations.hold.until', {
            date: format.dateTime(reservation.holdUntil),
          })}
        </Typography>
        <Outcome reservation={reservation} />
      </Stack>
    </FactsCard>
  );
};
