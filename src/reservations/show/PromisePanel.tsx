import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import { confirmedInTime } from '../../domain/reservations';
import type { Reservation } from '../../domain/types';
import { ReservationClockField } from '../ReservationClockField';

/** The 2-hour promise: by when the store confirms, the time left, and whether it was kept. */
export const PromisePanel = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  const format = useFormat();
  if (!reservation) return null;
  const { status, confirmBy, confirmedAt } = reservation;
  return (
    <FactsCard title="app.reservations.sections.promise">
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2">
          {translate('app.reservations.promise.confirm_by', { date: format.dateTime(confirmBy) })}
        </Typography>
        {status === 'pending' && <ReservationClockField />}
        {confirmedAt && (
          <Typography variant="body2">
            {translate(
              `app.reservations.promise.${confirmedInTime(reservation) ? 'kept' : 'missed'}`,
              { date: format.dateTime(confirmedAt) },
            )}
          </Typography>
        )}
      </Stack>
    </FactsCard>
  );
};
