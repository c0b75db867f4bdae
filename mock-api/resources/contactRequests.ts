import {
  canMoveContactRequest,
  canReply,
  firstReplyDueBy,
  isFirstReplyOverdue,
  MESSAGE_MAX_LENGTH,
  statusAfterMessage,
} from '../../src/domain/contactRequests';
import { isAllowed } from '../../src/domain/permissions';
import {
  CONTACT_CHANNELS,
  CONTACT_REQUEST_STATUSES,
  MESSAGE_DIRECTIONS,
  SOCIAL_NETWORKS,
  type ContactMessage,
  type ContactRequestStatus,
  type StoredContactRequest,
} from '../../src/domain/types';
import { badRequest, conflict, refused } from '../core/errors';
import type { Body, ResourceDef } from '../core/resource';
import { sameValue, type Tx } from '../core/tx';
import { Checker, isObject } from '../core/validate';
import { existing, newReference } from './common';
import { linksOf, readContactForm, type ContactForm } from './contactForm';

type Request = StoredContactRequest;
/** The website's form comes through the intake; staff record the other channels. */
const STAFF_CHANNELS = CONTACT_CHANNELS.filter((channel) => channel !== 'form');

/** A new request, as the website's form or a member of staff records it. */
export function newContactRequest(
  tx: Tx,
  form: ContactForm,
  extra: Pick<Request, 'channel' | 'network' | 'status' | 'assigneeId' | 'intakeKeys'>,
): Request {
  const id = tx.newId('contact-requests');
  const receivedAt = tx.ctx.now;
  return tx.insert('contact-requests', {
    id,
    reference: newReference(tx, 'contact-requests', 'DEM', id),
    ...extra,
    receivedAt,
    ...form,
    ...linksOf(tx, form),
    firstReplyDueBy: firstReplyDueBy(receivedAt),
    firstRepliedAt: null,
    resolvedAt: null,
    messages: [{ at: receivedAt, direction: 'in', userId: null, body: form.message }],
    version: 1,
  });
}

/** Adds one message to the thread, with what it does to the status and the reply promise. */
export function withMessage(
  request: Request,
  message: Pick<ContactMessage, 'direction' | 'body' | 'userId'>,
  tx: Tx,
): Request {
  if (message.direction === 'out' && !canReply(request.status)) {
    throw conflict('replyOnResolved', { reference: request.reference });
  }
  const at = tx.ctx.now;
  return {
    ...request,
    messages: [...request.messages, { at, ...message }],
    status: statusAfterMessage(request.status, message.direction),
    firstRepliedAt:
      request.firstRepliedAt ?? (message.direction === 'out' ? at : request.firstRepliedAt),
  };
}

/** The thread a PUT sends must be the stored one plus exactly one new message. */
function newMessageOf(request: Request, sent: unknown): Pick<ContactMessage, 'direction' | 'body'> {
  const grown =
    Array.isArray(sent) &&
    sent.length === request.messages.length + 1 &&
    request.messages.every((message, i) => sameValue(message, sent[i]));
  const added = grown ? sent[sent.length - 1] : undefined;
  if (!isObject(added)) throw badRequest('threadMustGrowByOne');
  const c = new Checker(added);
  const direction = c.oneOf('direction', MESSAGE_DIRECTIONS);
  const body = c.string('body', { max: MESSAGE_MAX_LENGTH });
  if (Object.keys(c.errors).length > 0) {
    throw badRequest('invalidInput', {}, { messages: c.errors.direction ?? c.errors.body });
  }
  return { direction: direction ?? 'note', body: body ?? '' };
}

function assign(request: Request, assigneeId: unknown, tx: Tx): Request {
  if (assigneeId === null) return { ...request, assigneeId: null };
  const user = existing(tx, 'users', assigneeId, 'assigneeId');
  if (!user.active || !isAllowed(user.role, 'contact-requests', 'update')) {
    const params = { name: user.fullName };
    throw refused('assigneeNotSupport', params, {
      assigneeId: { key: 'assigneeNotSupport', params },
    });
  }
  // Taking a new request in hand opens it.
  const status = request.status === 'new' ? 'open' : request.status;
  return { ...request, assigneeId: user.id, status };
}

function linkOrder(request: Request, orderId: unknown, tx: Tx): Request {
  if (orderId === null) return { ...request, orderId: null, orderMismatch: false };
  const order = existing(tx, 'orders', orderId, 'orderId');
  if (request.customerId === null) {
    throw refused('requestWithoutCustomer', {}, { orderId: { key: 'requestWithoutCustomer' } });
  }
  if (order.customerId !== request.customerId) {
    const params = { order: order.reference };
    throw refused('orderOfAnotherCustomer', params, {
      orderId: { key: 'orderOfAnotherCustomer', params },
    });
  }
  return { ...request, orderId: order.id, orderMismatch: false };
}

function move(request: Request, to: ContactRequestStatus, tx: Tx): Request {
  if (request.status === to) return request;
  if (!canMoveContactRequest(request.status, to)) {
    throw conflict('contactRequestTransition', { from: request.status, to });
  }
  return { ...request, status: to, resolvedAt: to === 'resolved' ? tx.ctx.now : null };
}

/** A staff member records a call, an e-mail or a social message: in their hands from the start. */
function createByStaff(body: Body, tx: Tx): Request {
  const c = new Checker(body);
  const channel = c.oneOf('channel', STAFF_CHANNELS) ?? 'phone';
  const network = channel === 'social' ? (c.oneOf('network', SOCIAL_NETWORKS) ?? null) : null;
  if (channel !== 'social' && body.network) c.fail('network', 'networkOnlySocial');
  const form = readContactForm(body, c);
  return newContactRequest(tx, form, {
    channel,
    network,
    status: 'open',
    assigneeId: tx.ctx.user?.id ?? null,
    intakeKeys: [],
  });
}

export const contactRequests: ResourceDef<'contact-requests'> = {
  filters: {
    id: 'id',
    reference: 'string',
    channel: 'enum',
    network: 'enum',
    reason: 'enum',
    status: 'enum',
    assigneeId: 'id',
    customerId: 'id',
    orderId: 'id',
    orderMismatch: 'boolean',
    receivedAt: 'date',
    firstReplyDueBy: 'date',
    firstRepliedAt: 'date',
    resolvedAt: 'date',
    overdue: (request, value, now) => isFirstReplyOverdue(request, now) === value,
    unassigned: (request, value) => (request.assigneeId === null) === value,
  },
  searchText: (r) => [r.reference, r.firstName, r.lastName, r.email, r.orderReference ?? ''],
  writable: ['assigneeId', 'orderId', 'messages'],
  nullable: ['assigneeId', 'orderId'],
  statuses: CONTACT_REQUEST_STATUSES,
  transitionFields: { open: [], resolved: [] },
  checkMove(request, to) {
    if (!canMoveContactRequest(request.status, to as ContactRequestStatus)) {
      throw conflict('contactRequestTransition', { from: request.status, to: String(to) });
    }
  },
  firstRead(request, tx) {
    const opens =
      request.status === 'new' &&
      tx.ctx.role !== 'system' &&
      isAllowed(tx.ctx.role, 'contact-requests', 'transition:open');
    return opens ? { ...request, status: 'open' } : null;
  },
  create: createByStaff,
  update(request, patch, tx) {
    let next = request;
    if ('assigneeId' in patch) next = assign(next, patch.assigneeId, tx);
    if ('orderId' in patch) next = linkOrder(next, patch.orderId, tx);
    if ('messages' in patch) {
      const message = newMessageOf(request, patch.messages);
      next = withMessage(next, { ...message, userId: tx.ctx.user?.id ?? null }, tx);
    }
    if ('status' in patch) next = move(next, patch.status as ContactRequestStatus, tx);
    return next;
  },
  referencedBy: () => [],
  present: ({ intakeKeys: _keys, ...request }) => request,
};
