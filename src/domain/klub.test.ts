import { describe, expect, it } from 'vitest';
import {
  canMoveKlubMember,
  invitationMoves,
  invitationsRefusal,
  isActiveKlubMember,
  isKlubMembershipClosed,
  mayJoinKlub,
  mayPromoteToAmbassador,
} from './klub';

describe('isActiveKlubMember', () => {
  it('is true for an active member or ambassador', () => {
    expect(isActiveKlubMember({ status: 'active' })).toBe(true);
  });

  it('is false for a suspended or former member, and for a customer outside the Klub', () => {
    expect(isActiveKlubMember({ status: 'suspended' })).toBe(false);
    expect(isActiveKlubMember({ status: 'left' })).toBe(false);
    expect(isActiveKlubMember(null)).toBe(false);
    expect(isActiveKlubMember(undefined)).toBe(false);
  });
});

describe('canMoveKlubMember', () => {
  it('suspends an active member, reactivates a suspended one, and lets either leave', () => {
    expect(canMoveKlubMember('active', 'suspended')).toBe(true);
    expect(canMoveKlubMember('suspended', 'active')).toBe(true);
    expect(canMoveKlubMember('active', 'left')).toBe(true);
    expect(canMoveKlubMember('suspended', 'left')).toBe(true);
  });

  it('never brings back a member who left', () => {
    expect(canMoveKlubMember('left', 'active')).toBe(false);
    expect(canMoveKlubMember('left', 'suspended')).toBe(false);
  });
});

describe('closed memberships and joining again', () => {
  it('closes a membership that has left, and only that one', () => {
    expect(isKlubMembershipClosed({ status: 'left' })).toBe(true);
    expect(isKlubMembershipClosed({ status: 'active' })).toBe(false);
    expect(isKlubMembershipClosed({ status: 'suspended' })).toBe(false);
  });

  it('lets a customer outside the Klub or a former member join', () => {
    expect(mayJoinKlub(null)).toBe(true);
    expect(mayJoinKlub({ status: 'left' })).toBe(true);
  });

  it('refuses a second membership to a member, even a suspended one', () => {
    expect(mayJoinKlub({ status: 'active' })).toBe(false);
    expect(mayJoinKlub({ status: 'suspended' })).toBe(false);
  });
});

describe('mayPromoteToAmbassador', () => {
  it('promotes an active member', () => {
    expect(mayPromoteToAmbassador({ status: 'active', kind: 'member' })).toBe(true);
  });

  it('does not promote an ambassador again, nor a suspended or former member', () => {
    expect(mayPromoteToAmbassador({ status: 'active', kind: 'ambassador' })).toBe(false);
    expect(mayPromoteToAmbassador({ status: 'suspended', kind: 'member' })).toBe(false);
    expect(mayPromoteToAmbassador({ status: 'left', kind: 'member' })).toBe(false);
  });
});

describe('invitationMoves', () => {
  // 23:30 in Paris on 1 December 2026 (UTC+1): still the 1st in Paris, already the 2nd nowhere.
  const now = '2026-12-01T22:30:00.000Z';

  it('lets a guest accept before the event, and attend or accept on its day', () => {
    expect(invitationMoves({ status: 'invited', date: '2026-12-02' }, now)).toEqual(['accepted']);
    expect(invitationMoves({ status: 'invited', date: '2026-12-01' }, now)).toEqual([
      'accepted',
      'attended',
    ]);
    expect(invitationMoves({ status: 'accepted', date: '2026-12-01' }, now)).toEqual(['attended']);
  });

  it('records attendance once the event has passed, but no longer an answer', () => {
    expect(invitationMoves({ status: 'invited', date: '2026-11-30' }, now)).toEqual(['attended']);
    expect(invitationMoves({ status: 'accepted', date: '2026-11-30' }, now)).toEqual(['attended']);
  });

  it('does not record attendance before the event, nor anything after it', () => {
    expect(invitationMoves({ status: 'accepted', date: '2026-12-02' }, now)).toEqual([]);
    expect(invitationMoves({ status: 'attended', date: '2026-11-30' }, now)).toEqual([]);
  });
});

describe('invitationsRefusal', () => {
  const now = '2026-12-01T10:00:00.000Z';
  const soiree = { event: 'Soirée Klub', date: '2026-12-12', status: 'invited' } as const;
  const brunch = { event: 'Brunch', date: '2026-11-20', status: 'accepted' } as const;

  it('lets an active member be invited, and an invitation be answered as invitationMoves says', () => {
    expect(invitationsRefusal([], [soiree], 'active', now)).toBeNull();
    expect(
      invitationsRefusal(
        [soiree, brunch],
        [
          { ...soiree, status: 'accepted' },
          { ...brunch, status: 'attended' },
        ],
        'suspended',
        now,
      ),
    ).toBeNull();
  });

  it('keeps the invitations sent: none removed, none moved to another event or day', () => {
    const kept = { key: 'invitationKept', event: 'Soirée Klub', date: '2026-12-12' };
    expect(invitationsRefusal([soiree], [], 'active', now)).toEqual(kept);
    expect(
      invitationsRefusal([soiree], [{ ...soiree, date: '2026-12-13' }], 'active', now),
    ).toEqual(kept);
    expect(invitationsRefusal([soiree, brunch], [brunch, soiree], 'active', now)).toEqual(kept);
  });

  it('refuses an answer the day does not allow, or going back, naming the invitation', () => {
    expect(
      invitationsRefusal([soiree], [{ ...soiree, status: 'attended' }], 'active', now),
    ).toEqual({
      key: 'invitationAnswer',
      event: 'Soirée Klub',
      date: '2026-12-12',
      from: 'invited',
      to: 'attended',
    });
    expect(
      invitationsRefusal([brunch], [{ ...brunch, status: 'invited' }], 'active', now),
    ).toMatchObject({
      key: 'invitationAnswer',
      from: 'accepted',
      to: 'invited',
    });
  });

  it('invites only an active membership, as the write leaves it, and a new invitation starts unanswered', () => {
    expect(invitationsRefusal([], [soiree], 'suspended', now)).toEqual({
      key: 'inviteNeedsActive',
    });
    expect(invitationsRefusal([], [{ ...soiree, status: 'accepted' }], 'active', now)).toEqual({
      key: 'invitationStartsInvited',
      event: 'Soirée Klub',
    });
  });
});
