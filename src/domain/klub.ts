import { parisDate } from './dates';
import type { InvitationStatus, KlubInvitation, KlubMember, KlubStatus, Timestamp } from './types';

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
