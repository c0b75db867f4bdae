import { Stack } from '@mui/material';
import { Button, useCanAccess, useRecordContext, useShowContext, useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import { useNow } from '../../common/useNow';
import { invitationMoves, isKlubMembershipClosed } from '../../domain/klub';
import type { KlubInvitation, KlubMember } from '../../domain/types';
import { useSaveInvitations } from './useSaveInvitations';

/** A row of the invitations table: the invitation, numbered by its place in the list. */
export type InvitationRow = KlubInvitation & { id: number };

/** The answers an invitation may still get today: accepted until its day, attended from it on. */
export const InvitationMoves = () => {
  const invitation = useRecordContext<InvitationRow>();
  const { record: member } = useShowContext<KlubMember>();
  const translate = useTranslate();
  const format = useFormat();
  const now = useNow();
  const { canAccess } = useCanAccess({ resource: 'klub-members', action: 'edit', record: member });
  const { save, isPending } = useSaveInvitations();
  if (!invitation || !member || !canAccess || isKlubMembershipClosed(member)) return null;
  const { event, date } = invitation;
  const answer = (status: KlubInvitation['status']) =>
    save(
      member,
      member.invitations.map((other, index) =>
        index === invitation.id ? { ...other, status } : other,
      ),
    );
  return (
    <Stack direction="row" spacing={1}>
      {invitationMoves(invitation, now).map((to) => (
        <Button
          key={to}
          label={`app.klub.invitations.${to}`}
          aria-label={translate(`app.klub.invitations.${to}_aria`, {
            event,
            date: format.date(date),
          })}
          disabled={isPending}
          onClick={() => answer(to)}
        />
      ))}
    </Stack>
  );
};
