import { parisDate } from './dates';
import type {
  DateOnly,
  InvitationStatus,
  KlubInvitation,
  KlubMember,
  KlubStatus,
  Timestamp,
} from './types';

type Membership = Pick<KlubMember, 'status'> | null | undefined;

/** Member or ambassador, as long as the membership is active (not suspended, not left). */
export function isActiveKlubMember(member: Membership): boolean {
  return member?.status === 'active';
}

/** Where a membership may go from each status: leaving is final. */
export const KLUB_TRANSITIONS: Readonly<Record<KlubStatus, readonly KlubStatus[]>> = {
  active: ['suspended', 'left'],
  suspended: ['active', 'left'],
  left: [],
};

export function canMoveKlubMember(from: KlubStatus, to: KlubStatus): boolean {
  return KLUB_TRANSITIONS[from].includes(to);
}

/** A membership that has left is closed: nothing of it changes any more. */
export function isKlubMembershipClosed(member: Pick<KlubMember, 'status'>): boolean {
  return member.status === 'left';
}

/** A customer outside the Klub joins it; a former member joins again, with a new membership. */
export function mayJoinKlub(current: Membership): boolean {
  return !current || isKlubMembershipClosed(current);
}

/** Only an active member becomes an ambassador. */
export function mayPromoteToAmbassador(member: Pick<KlubMember, 'status' | 'kind'>): boolean {
  return isActiveKlubMember(member) && member.kind === 'member';
}

/** An invitation is accepted, then attended; a guest may also turn up without answering. */
export const INVITATION_TRANSITIONS: Readonly<
  Record<InvitationStatus, readonly InvitationStatus[]>
> = {
  invited: ['accepted', 'attended'],
  accepted: ['attended'],
  attended: [],
};

/**
 * What an invitation may become now: accepted until the day of the event, attended from that day
 * on (Paris days).
 */
export function invitationMoves(
  invitation: Pick<KlubInvitation, 'status' | 'date'>,
  now: Timestamp,
): InvitationStatus[] {
  const today = parisDate(now);
  return INVITATION_TRANSITIONS[invitation.status].filter((to) =>
    to === 'accepted' ? invitation.date >= today : invitation.date <= today,
  );
}

/** Why a member's invitations may not become `next`; null when they may. */
export type InvitationsRefusal =
  | { key: 'invitationKept'; event: string; date: DateOnly }
  | {
      key: 'invitationAnswer';
      event: string;
      date: DateOnly;
      from: InvitationStatus;
      to: InvitationStatus;
    }
  | { key: 'inviteNeedsActive' }
  | { key: 'invitationStartsInvited'; event: string };

/**
 * The invitations already sent stay, in their place, and only get the answers `invitationMoves`
 * allows today; new ones go to an active membership (`status` is the one the write leaves) and
 * start unanswered.
 */
export function invitationsRefusal(
  current: readonly KlubInvitation[],
  next: readonly KlubInvitation[],
  status: KlubStatus,
  now: Timestamp,
): InvitationsRefusal | null {
  for (const [index, before] of current.entries()) {
    const after = next[index];
    const { event, date } = before;
    if (after?.event !== event || after.date !== date)
      return { key: 'invitationKept', event, date };
    if (after.status !== before.status && !invitationMoves(before, now).includes(after.status)) {
      return { key: 'invitationAnswer', event, date, from: before.status, to: after.status };
    }
  }
  const added = next.slice(current.length);
  if (added.length > 0 && status !== 'active') return { key: 'inviteNeedsActive' };
  const answered = added.find((invitation) => invitation.status !== 'invited');
  return answered ? { key: 'invitationStartsInvited', event: answered.event } : null;
}
