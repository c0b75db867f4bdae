import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { refundDaysLeft } from '../../domain/returns';
import type { ReturnAuthorisation } from '../../domain/types';
import { useNow } from './useNow';

/** How many days an overdue refund is late, as a chip. */
export const RefundLateField = () => {
  const ret = useRecordContext<ReturnAuthorisation>();
  const translate = useTranslate();
  const now = useNow();
  const daysLeft = ret ? refundDaysLeft(ret, now) : null;
  if (daysLeft === null) return null;
  return (
    <Chip
      size="small"
      color="error"
      label={translate('app.home.support.days_late', { smart_count: -daysLeft })}
    />
  );
};
