import type { KlubMember } from './types';

/** Member or ambassador, as long as the membership is active (not suspended, not left). */
export function isActiveKlubMember(member: Pick<KlubMember, 'status'> | null | undefined): boolean {
  return member?.status === 'active';
}
