import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { FactsCard } from '../../common/FactsCard';
import { useFormat } from '../../common/useFormat';
import type { ContactRequest } from '../../domain/types';
import { ReplyClockField } from '../ReplyClockField';

/** The promise of a first reply within 8 opening hours: by when, and the clock. */
export const ReplyPromisePanel = () => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  const format = useFormat();
  if (!request) return null;
  return (
    <FactsCard title="app.contact_requests.sections.promise">
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2">
          {translate('app.contact_requests.promise.due_by', {
            date: format.dateTime(request.firstReplyDueBy),
          })}
        </Typography>
        <ReplyClockField />
        <Typography variant="caption" color="text.secondary">
          {translate('app.contact_requests.promise.hours')}
        </Typography>
      </Stack>
    </FactsCard>
  );
};
