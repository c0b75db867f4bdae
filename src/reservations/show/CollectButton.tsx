import { Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { Button, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { TransitionButton } from '../../common/TransitionButton';
import { useFormat } from '../../common/useFormat';
import { canCollect } from '../../domain/reservations';
import type { Reservation } from '../../domain/types';
import { useLiveNow } from '../useLiveNow';

/**
 * Marks a confirmed reservation collected while its hold lasts. Once the hold is over (the page was
 * opened before), the button stays in sight, disabled, with the reason: the server would refuse.
 */
export const CollectButton = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  const format = useFormat();
  const now = useLiveNow();
  const reasonId = useId();
  const { canAccess } = useCanAccess({
    resource: 'reservations',
    action: 'transition:collected',
    record: reservation,
  });
  if (!reservation?.holdUntil || !canAccess || reservation.status !== 'confirmed') return null;
  if (canCollect(reservation, now)) return <TransitionButton to="collected" />;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button
        label="resources.reservations.transitions.collected"
        disabled
        aria-describedby={reasonId}
      />
      <Typography id={reasonId} variant="caption">
        {translate('app.reservations.hold.ended', {
          date: format.dateTime(reservation.holdUntil),
        })}
      </Typography>
    </Stack>
  );
};
