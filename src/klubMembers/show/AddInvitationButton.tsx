import AddIcon from '@mui/icons-material/Add';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
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
import { isActiveKlubMember } from '../../domain/klub';
import type { KlubMember } from '../../domain/types';
import { useSaveInvitations } from './useSaveInvitations';

const NO_INVITATION = {};
const validateEvent = [required(), maxLength(120)];

/** Invites an active member to an event: the invitation starts unanswered. */
export const AddInvitationButton = () => {
  const member = useRecordContext<KlubMember>();
  const translate = useTranslate();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'klub-members', action: 'edit', record: member });
  const { save, isPending } = useSaveInvitations();
  if (!member || !canAccess || !isActiveKlubMember(member)) return null;
  const close = () => setOpen(false);
  const invite = ({ event, date }: FieldValues) =>
    save(member, [...member.invitations, { event: event.trim(), date, status: 'invited' }], close);
  return (
    <>
      <Button
        label="app.klub.invitations.add"
        onClick={() => setOpen(true)}
        startIcon={<AddIcon />}
      />
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
