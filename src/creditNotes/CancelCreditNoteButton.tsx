import BlockIcon from '@mui/icons-material/Block';
import { FormHelperText, Stack } from '@mui/material';
import { useId } from 'react';
import {
  UpdateButton,
  useCanAccess,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { canCancelCreditNote } from '../domain/creditNotes';
import { mayChangeCreditNote } from '../domain/permissions';
import type { CreditNote, Role } from '../domain/types';

/**
 * Cancels an unused note, after a confirmation. Shown to the roles that may change the note; a
 * used note shows it disabled, with the reason: an unused note may be cancelled, a used one never.
 */
export const CancelCreditNoteButton = () => {
  const note = useRecordContext<CreditNote>();
  const translate = useTranslate();
  const reasonId = useId();
  const { permissions: role } = usePermissions<Role>();
  const { canAccess } = useCanAccess({ resource: 'credit-notes', action: 'edit', record: note });
  if (!note || !canAccess || !mayChangeCreditNote(role, note) || note.status === 'cancelled') {
    return null;
  }
  const cancellable = canCancelCreditNote(note);
  return (
    <Stack alignItems="flex-end">
      <UpdateButton
        mutationMode="pessimistic"
        data={{ status: 'cancelled' }}
        label="app.credit_notes.cancel.label"
        icon={<BlockIcon />}
        confirmTitle="app.credit_notes.cancel.confirm_title"
        confirmContent="app.credit_notes.cancel.confirm_content"
        disabled={!cancellable}
        aria-describedby={cancellable ? undefined : reasonId}
      />
      {!cancellable && (
        <FormHelperText id={reasonId}>{translate('app.credit_notes.cancel.used')}</FormHelperText>
      )}
    </Stack>
  );
};
