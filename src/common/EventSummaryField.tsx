import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../domain/types';
import { ChangesField } from './ChangesField';
import { enumKey, STATUS_ENUMS } from './enums';
import { StaffNameField } from './StaffNameField';

/** Who acted: the staff member's name and role, or the system. */
export const ActorField = () => {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!event) return null;
  if (event.userId === null) {
    return <Typography variant="body2">{translate('app.history.system')}</Typography>;
  }
  return (
    <Stack>
      <StaffNameField source="userId" />
      <Typography variant="caption" color="text.secondary">
        {translate(enumKey('role', event.role))}
      </Typography>
    </Stack>
  );
};

/** What happened, as a sentence: the status moved from one to the other, or the record changed. */
const EventSentence = ({ event }: { event: AuditEvent }) => {
  const translate = useTranslate();
  const statusEnum = STATUS_ENUMS[event.resource];
  const status = (value: string | null) =>
    value && statusEnum ? translate(enumKey(statusEnum, value), { _: value }) : '—';
  const sentence =
    event.action === 'transition'
      ? translate('app.history.transition', {
          from: status(event.fromStatus),
          to: status(event.toStatus),
        })
      : translate(`app.history.${event.action}`);
  return <Typography variant="body2">{sentence}</Typography>;
};

/** The status change is in the sentence: the changes leave it out. */
const STATUS_FIELDS = ['status'];

/** The event as read in a history: what happened, then each thing it changed. */
export const EventSummaryField = () => {
  const event = useRecordContext<AuditEvent>();
  if (!event) return null;
  return (
    <Stack spacing={0.5}>
      <EventSentence event={event} />
      <ChangesField source="changes" dense omit={STATUS_FIELDS} />
    </Stack>
  );
};
