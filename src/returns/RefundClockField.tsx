import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useNow } from '../common/useNow';
import { refundClock, type RefundClock } from '../domain/returns';
import type { ReturnAuthorisation } from '../domain/types';

const SOON_DAYS = 2;

const tone = (clock: RefundClock): Pick<ChipProps, 'color' | 'variant'> => {
  if (clock.state === 'late' || clock.state === 'overdue_today') return { color: 'error' };
  if (clock.state === 'due_today' || clock.days <= SOON_DAYS) return { color: 'warning' };
  return { color: 'default', variant: 'outlined' };
};

/** Where a refund stands against the 14-day promise, as a chip: days left, or days late. */
export const RefundClockField = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  const now = useNow();
  const clock = ret ? refundClock(ret, now) : null;
  if (!clock) return null;
  const label =
    'days' in clock
      ? translate(`app.returns.clock.${clock.state === 'left' ? 'days_left' : 'days_late'}`, {
          smart_count: clock.days,
        })
      : translate(`app.returns.clock.${clock.state}`);
  return <Chip size="small" label={label} {...tone(clock)} />;
};
