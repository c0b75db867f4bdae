import {
  INVITATION_STATUSES,
  KLUB_KINDS,
  KLUB_STATUSES,
  type KlubInvitation,
  type KlubMember,
} from '../../src/domain/types';
import { formatParisDate } from '../../src/domain/dates';
import {
  invitationsRefusal,
  isKlubMembershipClosed,
  mayJoinKlub,
  mayPromoteToAmbassador,
} from '../../src/domain/klub';
import { conflict, refused } from '../core/errors';
import type { Tx } from '../core/tx';
import type { Body, ResourceDef } from '../core/resource';
import { Checker, isObject } from '../core/validate';
import { existing, holders, newReference } from './common';

function readInvitations(c: Checker, raw: unknown[] | undefined): KlubInvitation[] {
  return (raw ?? []).map((item, index) => {
    const row = new Checker(isObject(item) ? item : {});
    const invitation = {
      event: row.string('event', { max: 120 }) ?? '',
      date: row.day('date') ?? '',
      status: row.oneOf('status', INVITATION_STATUSES) ?? 'invited',
    };
    if (!invitation.date) row.fail('date', 'required');
    for (const [field, error] of Object.entries(row.errors)) {
      c.fail(`invitations.${index}.${field}`, error.key, error.params);
    }
    return invitation;
  });
}

function readMember(body: Body, base?: KlubMember) {
  const c = new Checker({ ...base, ...body });
  const member = {
    kind: c.oneOf('kind', KLUB_KINDS, { required: false }) ?? 'member',
    status: c.oneOf('status', KLUB_STATUSES, { required: false }) ?? 'active',
    invitations: readInvitations(c, c.array('invitations', { required: false })),
  };
  c.done();
  return member;
}

/** A promotion and new invitations need the membership active once written; answers in order. */
function checkMoves(member: KlubMember, fields: ReturnType<typeof readMember>, tx: Tx): void {
  const promoted = fields.kind === 'ambassador' && member.kind === 'member';
  if (promoted && !mayPromoteToAmbassador({ status: fields.status, kind: member.kind })) {
    throw refused('promoteNeedsActive');
  }
  const refusal = invitationsRefusal(
    member.invitations,
    fields.invitations,
    fields.status,
    tx.ctx.now,
  );
  if (!refusal) return;
  const { key, ...params } = refusal;
  if ('date' in params) params.date = formatParisDate(params.date);
  throw refused(key, params);
}

export const klubMembers: ResourceDef<'klub-members'> = {
  filters: {
    id: 'id',
    reference: 'string',
    memberNumber: 'string',
    customerId: 'id',
    kind: 'enum',
    status: 'enum',
    joinedAt: 'date',
    leftAt: 'date',
  },
  searchText: (m, tx) => {
    const customer = tx.get('customers', m.customerId);
    return [
      m.memberNumber,
      customer?.firstName ?? '',
      customer?.lastName ?? '',
      customer?.email ?? '',
    ];
  },
  writable: ['kind', 'status', 'invitations'],
  create(body, tx) {
    const customer = existing(tx, 'customers', body.customerId, 'customerId');
    const current = customer.klubMemberId ? tx.get('klub-members', customer.klubMemberId) : null;
    if (!mayJoinKlub(current)) {
      throw refused('alreadyKlubMember', { customer: customer.reference });
    }
    const fields = readMember(body);
    const id = tx.newId('klub-members');
    const memberNumber = newReference(tx, 'klub-members', 'KLUB', id, { withYear: false });
    tx.update('customers', { ...customer, klubMemberId: id });
    return tx.insert('klub-members', {
      ...fields,
      status: 'active',
      id,
      reference: memberNumber,
      memberNumber,
      customerId: customer.id,
      joinedAt: tx.ctx.now,
      leftAt: null,
      version: 1,
    });
  },
  update(member, patch, tx) {
    if (isKlubMembershipClosed(member)) throw conflict('klubLeftIsFinal');
    const fields = readMember(patch, member);
    checkMoves(member, fields, tx);
    const leftAt = fields.status === 'left' ? tx.ctx.now : null;
    return { ...member, ...fields, leftAt };
  },
  referencedBy: (member, tx) => holders(tx, [['customers', 'klubMemberId', member.id]]),
};
