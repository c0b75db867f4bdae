import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../../common/enums';
import { StaffNameField } from '../../common/StaffNameField';
import { useFormat } from '../../common/useFormat';
import type { ContactMessage, ContactRequest } from '../../domain/types';

/** The look of each kind of message: the customer's, the replies, and the notes kept inside. */
const LOOKS = {
  in: { bgcolor: 'background.paper', borderColor: 'divider', borderStyle: 'solid', mr: 6 },
  out: { bgcolor: 'action.hover', borderColor: 'primary.main', borderStyle: 'solid', ml: 6 },
  note: { bgcolor: 'transparent', borderColor: 'warning.main', borderStyle: 'dashed', ml: 6 },
} as const;

/** Who wrote: the customer (or staff who took their call), the staff member who replied or noted. */
const Author = ({ message, request }: { message: ContactMessage; request: ContactRequest }) => {
  const translate = useTranslate();
  if (message.direction !== 'in') return <StaffNameField record={message} source="userId" />;
  const customer = `${request.firstName} ${request.lastName}`;
  if (message.userId === null) return <Typography variant="body2">{customer}</Typography>;
  return (
    <Stack direction="row" spacing={0.5}>
      <Typography variant="body2">
        {translate('app.contact_requests.thread.logged_by', { customer })}
      </Typography>
      <StaffNameField record={message} source="userId" />
    </Stack>
  );
};

const Message = ({ message, request }: { message: ContactMessage; request: ContactRequest }) => {
  const translate = useTranslate();
  const format = useFormat();
  const kind = translate(enumKey('messageDirection', message.direction));
  return (
    <Box
      component="li"
      aria-label={kind}
      sx={{ border: 1, borderRadius: 1, p: 1.5, ...LOOKS[message.direction] }}
    >
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}
      >
        {message.direction === 'note' ? (
          <Chip
            size="small"
            color="warning"
            label={translate('app.contact_requests.thread.note_label')}
          />
        ) : (
          <Typography variant="subtitle2">{kind}</Typography>
        )}
        <Author message={message} request={request} />
        <Typography variant="caption" color="text.secondary">
          {format.dateTime(message.at)}
        </Typography>
      </Stack>
      {/* What customers type is text, never markup: shown as typed, line breaks kept. */}
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.body}
      </Typography>
    </Box>
  );
};

const byTime = (a: ContactMessage, b: ContactMessage) => Date.parse(a.at) - Date.parse(b.at);

/** The request's thread, oldest first: the customer's messages, the replies, the internal notes. */
export const MessageThread = () => {
  const request = useRecordContext<ContactRequest>();
  const translate = useTranslate();
  if (!request) return null;
  return (
    <Stack
      component="ol"
      spacing={1.5}
      aria-label={translate('app.contact_requests.thread.label')}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {[...request.messages].sort(byTime).map((message, index) => (
        <Message key={`${message.at}-${index}`} message={message} request={request} />
      ))}
    </Stack>
  );
};
