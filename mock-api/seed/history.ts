import { statusAfterMessage } from '../../src/domain/contactRequests';
import { creditNoteBalance, creditNoteStatus } from '../../src/domain/creditNotes';
import { paymentAfterRefund } from '../../src/domain/orders';
import type {
  AuditAction,
  AuditEvent,
  ContactRequest,
  CreditNote,
  CreditNoteUsage,
  Database,
  Id,
  KlubMember,
  Order,
  Payment,
  Reservation,
  ResourceName,
  ReturnAuthorisation,
  Role,
  Timestamp,
  UserAccount,
} from '../../src/domain/types';
import { DAY, HOUR, MINUTE, iso } from './clock';
import type { ContactOpening } from './contactRequests';
import type { Rng } from './rng';

/** Who acted, as the server records it: a staff account, or the system (userId null). */
interface Actor {
  userId: Id | null;
  role: Role | 'system';
}

/**
 * The website (the orders, returns, reservations and memberships customers make there), the
 * carriers and the clock.
 */
const SYSTEM: Actor = { userId: null, role: 'system' };

type Changes = AuditEvent['changes'];
type Seeded = Omit<Database, 'audit-events'>;
/** A contact request's state between two events of its history. */
type ContactState = Pick<
  ContactRequest,
  'status' | 'assigneeId' | 'messages' | 'firstRepliedAt' | 'resolvedAt'
>;

export interface HistoryOptions {
  /** Records created before it get no history (the `large` scale keeps it for recent ones). */
  since: number;
  now: number;
  /** For the moments that no field of the record keeps (an order cancelled, a note cancelled). */
  rng: Rng;
  /** When each unavailable or cancelled reservation became so, by id. */
  reservationEnds: ReadonlyMap<Id, number>;
  /** When each form request that staff opened was so, by id. */
  contactOpenings: ReadonlyMap<Id, ContactOpening>;
}

/** The events of one resource, as the server writes them; numbered once all are in time order. */
class Journal {
  readonly events: AuditEvent[] = [];

  constructor(private readonly resource: ResourceName) {}

  created(recordId: Id, at: Timestamp, actor: Actor, status: string | null): void {
    this.add(recordId, at, actor, 'create', null, status, {});
  }

  /** A move between statuses; the changes hold the status too, as the server's diff does. */
  moved(recordId: Id, at: Timestamp, actor: Actor, from: string, to: string, changes: Changes) {
    this.add(recordId, at, actor, 'transition', from, to, { status: [from, to], ...changes });
  }

  updated(recordId: Id, at: Timestamp, actor: Actor, status: string, changes: Changes): void {
    this.add(recordId, at, actor, 'update', status, status, changes);
  }

  private add(
    recordId: Id,
    at: Timestamp,
    actor: Actor,
    action: AuditAction,
    fromStatus: string | null,
    toStatus: string | null,
    changes: Changes,
  ): void {
    this.events.push({
      id: 0,
      at,
      userId: actor.userId,
      role: actor.role,
      resource: this.resource,
      recordId,
      action,
      fromStatus,
      toStatus,
      changes,
    });
  }
}

/** A moment `min` to `max` milliseconds after `after`, never after now. */
function later(rng: Rng, after: Timestamp, min: number, max: number, now: number): Timestamp {
  return iso(Math.min(Date.parse(after) + rng.int(min, max), now));
}

class HistoryWriter {
  private readonly sinceIso: Timestamp;
  private readonly staff: Record<Role, Actor>;
  private readonly byId: Map<Id, Actor>;

  constructor(
    users: readonly UserAccount[],
    private readonly options: HistoryOptions,
  ) {
    // Every ISO timestamp sorts after the empty string.
    this.sinceIso = Number.isFinite(options.since) ? iso(options.since) : '';
    const actorOf = (user: UserAccount): Actor => ({ userId: user.id, role: user.role });
    this.byId = new Map(users.map((user) => [user.id, actorOf(user)]));
    // One demo account per role.
    this.staff = Object.fromEntries(users.map((user) => [user.role, actorOf(user)])) as Record<
      Role,
      Actor
    >;
  }

  private recent(createdAt: Timestamp): boolean {
    return createdAt >= this.sinceIso;
  }

  /**
   * Placed on the website; refused by the payment provider as it was placed; cancelled by
   * support; shipped by the warehouse; delivered by the carrier's scan; refunded by support.
   */
  orders(orders: readonly Order[]): AuditEvent[] {
    const journal = new Journal('orders');
    const { rng, now } = this.options;
    for (const order of orders) {
      if (!this.recent(order.placedAt)) continue;
      const { id, placedAt, payment } = order;
      journal.created(id, placedAt, SYSTEM, 'placed');
      const authorised: Payment = {
        ...payment,
        status: 'authorised',
        capturedAt: null,
        refunds: [],
      };
      if (order.status === 'refused') {
        journal.moved(id, placedAt, SYSTEM, 'placed', 'refused', {
          payment: [authorised, payment],
        });
      } else if (order.status === 'cancelled') {
        const at = later(rng, placedAt, 10 * MINUTE, 20 * HOUR, now);
        journal.moved(id, at, this.staff.support, 'placed', 'cancelled', {});
      } else if (order.shippedAt !== null) {
        this.shipment(journal, order, authorised);
      }
    }
    return journal.events;
  }

  private shipment(journal: Journal, order: Order, authorised: Payment): void {
    const { id, shippedAt, deliveredAt, delivery, payment } = order;
    const captured: Payment = { ...authorised, status: 'captured', capturedAt: shippedAt };
    const posted = { ...delivery, trackingNumber: null, trackingUrl: null };
    journal.moved(id, shippedAt!, this.staff.warehouse, 'placed', 'shipped', {
      shippedAt: [null, shippedAt],
      delivery: [posted, delivery],
      payment: [authorised, captured],
    });
    if (deliveredAt === null) return;
    journal.moved(id, deliveredAt, SYSTEM, 'shipped', 'delivered', {
      deliveredAt: [null, deliveredAt],
    });
    let before = captured;
    for (const refund of payment.refunds) {
      const after = paymentAfterRefund(before, refund);
      journal.updated(id, refund.at, this.staff.support, 'delivered', { payment: [before, after] });
      before = after;
    }
  }

  /**
   * Asked for in the customer's account; cancelled by support; received (or rejected) by the
   * staff member who inspected the parcel; refunded or credited by support.
   */
  returns(returns: readonly ReturnAuthorisation[]): AuditEvent[] {
    const journal = new Journal('returns');
    const { rng, now } = this.options;
    for (const ret of returns) {
      if (!this.recent(ret.requestedAt)) continue;
      journal.created(ret.id, ret.requestedAt, SYSTEM, 'authorised');
      if (ret.status === 'cancelled') {
        const at = later(rng, ret.requestedAt, 2 * HOUR, 7 * DAY, now);
        journal.moved(ret.id, at, this.staff.support, 'authorised', 'cancelled', {});
        continue;
      }
      if (ret.receivedAt === null || ret.receivedBy === null) continue;
      const outcome = ret.status === 'rejected' ? 'rejected' : 'received';
      const inspector = this.byId.get(ret.receivedBy) ?? this.staff.warehouse;
      journal.moved(ret.id, ret.receivedAt, inspector, 'authorised', outcome, {
        lines: [ret.lines.map((line) => ({ ...line, condition: null })), ret.lines],
        receivedAt: [null, ret.receivedAt],
        receivedBy: [null, ret.receivedBy],
        ...(ret.refundDueBy === null ? {} : { refundDueBy: [null, ret.refundDueBy] }),
        refundAmountCents: [null, ret.refundAmountCents],
      });
      if (ret.refundedAt === null || (ret.status !== 'refunded' && ret.status !== 'credited')) {
        continue;
      }
      journal.moved(ret.id, ret.refundedAt, this.staff.support, 'received', ret.status, {
        refundedAt: [null, ret.refundedAt],
        ...(ret.creditNoteId === null ? {} : { creditNoteId: [null, ret.creditNoteId] }),
      });
    }
    return journal.events;
  }

  /**
   * Issued by support for a return, by a manager as goodwill; spent by the customers' orders on
   * the website; an unused goodwill note cancelled by a manager.
   */
  creditNotes(notes: readonly CreditNote[]): AuditEvent[] {
    const journal = new Journal('credit-notes');
    const { rng, now } = this.options;
    for (const note of notes) {
      if (!this.recent(note.issuedAt)) continue;
      const issuer = note.origin === 'return' ? this.staff.support : this.staff.manager;
      journal.created(note.id, note.issuedAt, issuer, 'open');
      let spent: CreditNoteUsage[] = [];
      for (const usage of note.usages) {
        const before = { ...note, status: 'open' as const, usages: spent };
        const after = { ...before, usages: [...spent, usage] };
        const [from, to] = [creditNoteStatus(before), creditNoteStatus(after)];
        const changes: Changes = {
          balanceCents: [creditNoteBalance(before), creditNoteBalance(after)],
          usages: [before.usages, after.usages],
        };
        if (from === to) journal.updated(note.id, usage.at, SYSTEM, from, changes);
        else journal.moved(note.id, usage.at, SYSTEM, from, to, changes);
        spent = after.usages;
      }
      if (note.status === 'cancelled') {
        const at = later(rng, note.issuedAt, HOUR, 3 * DAY, now);
        journal.moved(note.id, at, this.staff.manager, 'open', 'cancelled', {});
      }
    }
    return journal.events;
  }

  /**
   * Made on the website; confirmed, marked unavailable, collected or cancelled by support (for
   * the boutique); expired by the system when the hold ends.
   */
  reservations(reservations: readonly Reservation[]): AuditEvent[] {
    const journal = new Journal('reservations');
    const support = this.staff.support;
    for (const res of reservations) {
      if (!this.recent(res.requestedAt)) continue;
      journal.created(res.id, res.requestedAt, SYSTEM, 'pending');
      const ended = this.options.reservationEnds.get(res.id);
      const endedAt = ended === undefined ? null : iso(ended);
      if (res.confirmedAt === null) {
        if (endedAt !== null) journal.moved(res.id, endedAt, support, 'pending', res.status, {});
        continue;
      }
      journal.moved(res.id, res.confirmedAt, support, 'pending', 'confirmed', {
        confirmedAt: [null, res.confirmedAt],
        holdUntil: [null, res.holdUntil],
      });
      if (res.status === 'collected') {
        journal.moved(res.id, res.collectedAt!, support, 'confirmed', 'collected', {
          collectedAt: [null, res.collectedAt],
        });
      } else if (res.status === 'expired') {
        journal.moved(res.id, res.holdUntil!, SYSTEM, 'confirmed', 'expired', {});
      } else if (endedAt !== null) {
        journal.moved(res.id, endedAt, support, 'confirmed', res.status, {});
      }
    }
    return journal.events;
  }

  /**
   * Joined on the website; suspended or left through support. The seed counts a suspended member
   * as suspended throughout (no returns fee waived, no Klub code), so the suspension follows the
   * joining closely.
   */
  klubMembers(members: readonly KlubMember[]): AuditEvent[] {
    const journal = new Journal('klub-members');
    const { rng, now } = this.options;
    for (const member of members) {
      if (!this.recent(member.joinedAt)) continue;
      journal.created(member.id, member.joinedAt, SYSTEM, 'active');
      if (member.leftAt !== null) {
        journal.moved(member.id, member.leftAt, this.staff.support, 'active', 'left', {
          leftAt: [null, member.leftAt],
        });
      } else if (member.status === 'suspended') {
        const at = later(rng, member.joinedAt, HOUR, 3 * DAY, now);
        journal.moved(member.id, at, this.staff.support, 'active', 'suspended', {});
      }
    }
    return journal.events;
  }

  /**
   * Sent from the website's form (by the system), or recorded by the staff member who took the
   * call, the e-mail or the social message; opened by support's first reading or by taking it;
   * the thread's messages by their authors (a customer's new message through the form by the
   * system); taken by whoever acts first on a request nobody has; resolved by its assignee.
   */
  contactRequests(requests: readonly ContactRequest[]): AuditEvent[] {
    const journal = new Journal('contact-requests');
    for (const request of requests) {
      if (!this.recent(request.receivedAt)) continue;
      const { id, assigneeId } = request;
      const assignee = assigneeId === null ? this.staff.support : this.byId.get(assigneeId)!;
      const form = request.channel === 'form';
      let state: ContactState = {
        status: form ? 'new' : 'open',
        assigneeId: form ? null : assigneeId,
        messages: request.messages.slice(0, 1),
        firstRepliedAt: null,
        resolvedAt: null,
      };
      journal.created(id, request.receivedAt, form ? SYSTEM : assignee, state.status);
      const write = (at: Timestamp, actor: Actor, next: ContactState) => {
        const changes: Changes = {};
        for (const field of ['assigneeId', 'messages', 'firstRepliedAt', 'resolvedAt'] as const) {
          if (next[field] !== state[field]) changes[field] = [state[field], next[field]];
        }
        if (next.status === state.status) journal.updated(id, at, actor, state.status, changes);
        else journal.moved(id, at, actor, state.status, next.status, changes);
        state = next;
      };
      const take = (at: Timestamp) => {
        if (state.assigneeId === null) write(at, assignee, { ...state, assigneeId });
      };
      const opening = this.options.contactOpenings.get(id);
      if (opening) {
        const next = { ...state, status: 'open' as const };
        if (opening.assigned) write(opening.at, assignee, { ...next, assigneeId });
        else write(opening.at, this.staff.support, next);
      }
      for (const message of request.messages.slice(1)) {
        if (message.userId !== null) take(message.at);
        const out = message.direction === 'out';
        write(message.at, message.userId === null ? SYSTEM : this.byId.get(message.userId)!, {
          ...state,
          messages: [...state.messages, message],
          status: statusAfterMessage(state.status, message.direction),
          firstRepliedAt: state.firstRepliedAt ?? (out ? message.at : null),
        });
      }
      if (request.resolvedAt !== null) {
        take(request.resolvedAt);
        write(request.resolvedAt, assignee, {
          ...state,
          status: 'resolved',
          resolvedAt: request.resolvedAt,
        });
      }
    }
    return journal.events;
  }
}

/**
 * The audit trail of what the seed's timeline tells: one event per creation and per move of the
 * records with a lifecycle, at the moment it happened, by the system or by a demo staff member,
 * as the server would have written them. Numbered from 1 in time order: the server's own events
 * follow.
 */
export function generateHistory(db: Seeded, options: HistoryOptions): AuditEvent[] {
  const writer = new HistoryWriter(db.users, options);
  const events = [
    ...writer.orders(db.orders),
    ...writer.returns(db.returns),
    ...writer.creditNotes(db['credit-notes']),
    ...writer.reservations(db.reservations),
    ...writer.klubMembers(db['klub-members']),
    ...writer.contactRequests(db['contact-requests']),
  ];
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  events.forEach((event, index) => (event.id = index + 1));
  return events;
}
