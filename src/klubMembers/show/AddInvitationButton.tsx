import AddIcon from '@mui/icons-material/Add';
import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId, useState } from 'react';
import {
  Button,
  DateInput,
  Form,
  maxLength,
  required,
  SaveButton,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { isActiveKlubMember, isKlubMembershipClosed } from '../../domain/klub';
import type { KlubMember } from '../../domain/types';
import { ActiveOnlyReason } from './ActiveOnlyReason';
import { useSaveInvitations } from './useSaveInvitations';

const NO_INVITATION = {};
const validateEvent = [required(), maxLength(120)];

/**
 * Invites an active member to an event: the invitation starts unanswered. While the membership is
 * suspended, the button says why it is disabled.
 */
export const AddInvitationButton = () => {
  const member = useRecordContext<KlubMember>();
  const translate = useTranslate();
  const titleId = useId();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'klub-members', action: 'edit', record: member });
  const { save, isPending } = useSaveInvitations();
  if (!member || !canAccess || isKlubMembershipClosed(member)) return null;
  const active = isActiveKlubMember(member);
  const close = () => setOpen(false);
  const invite = ({ event, date }: FieldValues) =>
    save(member, [...member.invitations, { event: event.trim(), date, status: 'invited' }], close);
  return (
    <>
      <Stack direction="row" spacing={1}>
        <Button
          label="app.klub.invitations.add"
          onClick={() => setOpen(true)}
          startIcon={<AddIcon />}
          disabled={!active}
          aria-describedby={active ? undefined : reasonId}
        />
        {!active && <ActiveOnlyReason id={reasonId} />}
      </Stack>
      <Dialog open={open} onClose={close} aria-labelledby={titleId}>
        <Form record={NO_INVITATION} onSubmit={invite}>
          <DialogTitle id={titleId}>{translate('app.klub.invitations.add')}</DialogTitle>
          <DialogContent>
            <TextInput source="event" validate={validateEvent} fullWidth />
            <DateInput source="date" validate={required()} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton disabled={isPending} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
