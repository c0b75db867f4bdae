import { Alert, Button, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import {
  Form,
  maxLength,
  TextInput,
  useCanAccess,
  useNotify,
  useRecordContext,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { canReply, MESSAGE_MAX_LENGTH } from '../../domain/contactRequests';
import type { ContactRequest, MessageDirection } from '../../domain/types';
import { messageOf, statusOf } from './errors';
import { TemplateMenu } from './TemplateMenu';
import { useAddMessage } from './useAddMessage';

/** The reply is its own form, not the request: a new read of the request leaves the text typed. */
const NO_RECORD = {};

/** What staff write from here: a reply to the customer, or a note for colleagues. */
type Written = Exclude<MessageDirection, 'in'>;

const notBlank = (value: string | undefined) =>
  value?.trim() ? undefined : 'ra.validation.required';
const VALIDATE = [notBlank, maxLength(MESSAGE_MAX_LENGTH)];

/** The request changed since it was read (a colleague's reply, a status): reload, keep the text. */
const Conflict = ({ onReload }: { onReload: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={onReload}>
          {translate('app.contact_requests.reply.reload')}
        </Button>
      }
    >
      {translate('app.contact_requests.reply.conflict')}
    </Alert>
  );
};

const ReplyFields = ({ request }: { request: ContactRequest }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const reasonId = useId();
  const { refetch } = useShowContext();
  const { handleSubmit, reset } = useFormContext();
  const { add, isPending } = useAddMessage(request);
  const [conflict, setConflict] = useState(false);
  const replyAllowed = canReply(request.status);

  const send = (direction: Written) =>
    handleSubmit(async ({ body }) => {
      setConflict(false);
      try {
        await add({ direction, body: (body as string).trim() });
        reset();
        notify(`app.contact_requests.reply.done.${direction}`, { type: 'success' });
      } catch (error) {
        if (statusOf(error) === 409) return setConflict(true);
        notify(messageOf(error), { type: 'error', messageArgs: { _: messageOf(error) } });
      }
    });
  const reload = () => {
    setConflict(false);
    refetch();
  };

  return (
    <Stack spacing={1}>
      <TextInput
        source="body"
        label="app.contact_requests.reply.label"
        helperText="app.contact_requests.reply.help"
        multiline
        minRows={4}
        fullWidth
        validate={VALIDATE}
      />
      {conflict && <Conflict onReload={reload} />}
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TemplateMenu request={request} disabled={!replyAllowed} />
        <Button
          variant="contained"
          disabled={!replyAllowed || isPending}
          aria-describedby={replyAllowed ? undefined : reasonId}
          onClick={send('out')}
        >
          {translate('app.contact_requests.reply.send')}
        </Button>
        <Button variant="outlined" color="warning" disabled={isPending} onClick={send('note')}>
          {translate('app.contact_requests.reply.note')}
        </Button>
        {!replyAllowed && (
          <Typography id={reasonId} variant="caption" color="text.secondary">
            {translate('app.contact_requests.reply.reopen_first')}
          </Typography>
        )}
      </Stack>
    </Stack>
  );
};

/**
 * Where support answers the customer or leaves a note for colleagues, for the roles that write to
 * requests (a manager reads the thread only). Leaving the page with a reply typed asks first.
 */
export const ReplyBox = () => {
  const request = useRecordContext<ContactRequest>();
  const { canAccess } = useCanAccess({ resource: 'contact-requests', action: 'edit' });
  if (!request || !canAccess) return null;
  return (
    <Form record={NO_RECORD} warnWhenUnsavedChanges noValidate>
      <ReplyFields request={request} />
    </Form>
  );
};
