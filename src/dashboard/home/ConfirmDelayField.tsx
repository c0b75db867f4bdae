import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Reservation } from '../../domain/types';
import { confirmDelay } from './confirmDelay';
import { useNow } from '../../common/useNow';

/** Time left to confirm a pending reservation, or how late it is, as a chip. */
export const ConfirmDelayField = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  const now = useNow();
  if (!reservation) return null;
  const { late, minutes } = confirmDelay(reservation, now);
  const hours = Math.floor(minutes / 60);
  const duration = hours
    ? translate('app.home.support.hours_minutes', { hours, minutes: minutes % 60 })
    : translate('app.home.support.minutes', { minutes });
  return (
    <Chip
      size="small"
      color={late ? 'error' : 'warning'}
      label={translate(late ? 'app.home.support.time_late' : 'app.home.support.time_left', {
        duration,
      })}
    />
  );
};
