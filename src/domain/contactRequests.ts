import { addBusinessMinutes, businessMinutesBetween, isWithinBusinessHours } from './dates';
import { isValidEmail } from './customers';
import type { ContactRequest, ContactRequestStatus, Timestamp } from './types';

/** The brand answers within 8 hours of customer-service opening time. */
export const FIRST_REPLY_BUSINESS_HOURS = 8;
/** The website's contact form: at most this many submissions a minute from one e-mail. */
export const INTAKE_PER_MINUTE = 5;
export const MESSAGE_MAX_LENGTH = 5000;

export function firstReplyDueBy(receivedAt: Timestamp): Timestamp {
  return addBusinessMinutes(receivedAt, FIRST_REPLY_BUSINESS_HOURS * 60);
}

/**
 * Moves a member of staff makes by setting the status. The others follow from a message: a reply
 * makes a request wait for the customer; the customer writing again reopens it.
 */
export const CONTACT_REQUEST_MOVES: Readonly<
  Record<ContactRequestStatus, readonly ContactRequestStatus[]>
> = {
  new: ['open', 'resolved'],
  open: ['resolved'],
  waiting_customer: ['open', 'resolved'],
  resolved: ['open'],
};

export function canMoveContactRequest(from: ContactRequestStatus, to: ContactRequestStatus) {
  return CONTACT_REQUEST_MOVES[from].includes(to);
}

/** Statuses in which the customer is still owed an answer or a follow-up. */
export function isUnresolved(status: ContactRequestStatus): boolean {
  return status !== 'resolved';
}

/** A reply may go out until the request is resolved (reopen it first). */
export function canReply(status: ContactRequestStatus): boolean {
  return isUnresolved(status);
}

/** Where a request goes when a message is added to its thread. */
export function statusAfterMessage(
  status: ContactRequestStatus,
  direction: ContactRequest['messages'][number]['direction'],
): ContactRequestStatus {
  if (direction === 'out') return 'waiting_customer';
  if (direction === 'in' && (status === 'waiting_customer' || status === 'resolved')) return 'open';
  return status;
}

type Promised = Pick<ContactRequest, 'status' | 'firstReplyDueBy' | 'firstRepliedAt'>;

/** Not yet answered, not resolved, and its reply promise has passed. */
export function isFirstReplyOverdue(request: Promised, now: Timestamp): boolean {
  return (
    request.firstRepliedAt === null &&
    isUnresolved(request.status) &&
    Date.parse(request.firstReplyDueBy) < Date.parse(now)
  );
}

export function firstReplyWithinPromise(
  request: Pick<ContactRequest, 'firstReplyDueBy' | 'firstRepliedAt'>,
): boolean {
  return (
    request.firstRepliedAt !== null &&
    Date.parse(request.firstRepliedAt) <= Date.parse(request.firstReplyDueBy)
  );
}

/** Customer-service minutes the customer waited for the first reply, or null before it. */
export function firstReplyBusinessMinutes(
  request: Pick<ContactRequest, 'receivedAt' | 'firstRepliedAt'>,
): number | null {
  if (request.firstRepliedAt === null) return null;
  return businessMinutesBetween(request.receivedAt, request.firstRepliedAt);
}

export type ReplyClock =
  | { state: 'replied'; at: Timestamp; withinPromise: boolean }
  | { state: 'closed' }
  | { state: 'running' | 'paused'; minutesLeft: number }
  | { state: 'overdue'; minutesLate: number; paused: boolean };

/**
 * The first-reply clock in business time: it runs only while customer service is open, and is
 * "paused" outside opening hours.
 */
export function replyClock(
  request: Pick<ContactRequest, 'status' | 'receivedAt' | 'firstReplyDueBy' | 'firstRepliedAt'>,
  now: Timestamp,
): ReplyClock {
  if (request.firstRepliedAt !== null) {
    return {
      state: 'replied',
      at: request.firstRepliedAt,
      withinPromise: firstReplyWithinPromise(request),
    };
  }
  if (!isUnresolved(request.status)) return { state: 'closed' };
  const open = isWithinBusinessHours(now);
  if (isFirstReplyOverdue(request, now)) {
    return {
      state: 'overdue',
      minutesLate: businessMinutesBetween(request.firstReplyDueBy, now),
      paused: !open,
    };
  }
  return {
    state: open ? 'running' : 'paused',
    minutesLeft: businessMinutesBetween(now, request.firstReplyDueBy),
  };
}

/** An order reference as printed on the order confirmation: `CMD-26-000123`. */
export const ORDER_REFERENCE = /^CMD-\d{2}-\d{6}$/;

/** The reference a customer typed, in the printed form (spaces dropped, upper case). */
export function normaliseOrderReference(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

export function isOrderReference(typed: string): boolean {
  return ORDER_REFERENCE.test(normaliseOrderReference(typed));
}

/**
 * A French phone number (10 digits starting with 0, or +33 / 0033 and 9 digits), written the
 * French way: `06 12 34 56 78`. Null when it is not one.
 */
export function normaliseFrenchPhone(typed: string): string | null {
  const compact = typed.replace(/[\s.\-()]/g, '');
  const national = compact.replace(/^(\+33|0033)(?=[1-9]\d{8}$)/, '0');
  if (!/^0[1-9]\d{8}$/.test(national)) return null;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

export function isContactEmail(typed: string): boolean {
  return isValidEmail(typed.trim());
}
