import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { useIntlLocale } from '../common/useIntlLocale';
import { replyClock } from '../domain/contactRequests';
import type { ContactRequest } from '../domain/types';
import { useLiveNow } from '../reservations/useLiveNow';
import { replyClockLabel } from './replyClockLabel';

/**
 * The first-reply promise of a request, live, as a chip: the business time left, paused outside
 * opening hours, how late, or when the first reply went out.
 */
export const ReplyClockField = () => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const { dateTime } = useFormat();
  const now = useLiveNow();
  if (!request) return null;
  const { label, tone } = replyClockLabel(replyClock(request, now), now, {
    translate,
    locale,
    dateTime,
  });
  return <Chip size="small" label={label} {...tone} />;
};
