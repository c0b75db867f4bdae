import {
  canMoveReturn,
  isRefundOverdue,
  paidUnitPriceCents,
  receptionOutcome,
  refundAmountCents,
  refundDueBy,
  returnEligibility,
  returnShippingFeeCents,
  splitRefund,
} from '../../src/domain/returns';
import { paymentAfterRefund, refundedCents } from '../../src/domain/orders';
import {
  ITEM_CONDITIONS,
  RESOLUTIONS,
  RETURN_REASONS,
  RETURN_STATUSES,
  type Order,
  type ReturnAuthorisation,
  type ReturnLine,
  type ReturnStatus,
} from '../../src/domain/types';
import {
  assertNoFieldErrors,
  badRequest,
  conflict,
  refused,
  type FieldErrors,
} from '../core/errors';
import type { Body, ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker, isObject } from '../core/validate';
import { existing, holders, newReference } from './common';
import { issueCreditNote } from './creditLedger';

const NOT_ELIGIBLE = {
  not_delivered: 'returnNotDelivered',
  window_closed: 'returnWindowClosed',
  nothing_left: 'returnNothingLeft',
} as const;

function readRequestedLines(
  body: Body,
  order: Order,
  remaining: Record<string, number>,
): ReturnLine[] {
  const c = new Checker(body);
  const raw = c.array('lines') ?? [];
  if (raw.length === 0) c.fail('lines', 'required');
  const rows = raw.map((item, index) => {
    const row = new Checker(isObject(item) ? item : {});
    const line = {
      sku: row.string('sku') ?? '',
      quantity: row.integer('quantity', { min: 1 }) ?? 1,
      reason: row.oneOf('reason', RETURN_REASONS) ?? 'other',
    };
    for (const [field, error] of Object.entries(row.errors)) {
      c.fail(`lines.${index}.${field}`, error.key, error.params);
    }
    return line;
  });
  c.done();
  const errors: FieldErrors = {};
  const asked: Record<string, number> = {};
  const lines = rows.map((row, index) => {
    const ordered = order.lines.find((l) => l.sku === row.sku);
    asked[row.sku] = (asked[row.sku] ?? 0) + row.quantity;
    if (!ordered) {
      errors[`lines.${index}.sku`] = {
        key: 'skuNotInOrder',
        params: { sku: row.sku, order: order.reference },
      };
    } else if (asked[row.sku] > (remaining[row.sku] ?? 0)) {
      errors[`lines.${index}.quantity`] = {
        key: 'returnQuantityExceeded',
        params: { sku: row.sku, remaining: remaining[row.sku] ?? 0 },
      };
    }
    return {
      ...row,
      productId: ordered?.productId ?? 0,
      name: ordered?.name ?? '',
      unitPriceCents: ordered ? paidUnitPriceCents(ordered.unitPriceCents, order) : 0,
      condition: null,
    };
  });
  assertNoFieldErrors(errors);
  return lines;
}

function createReturn(body: Body, tx: Tx): ReturnAuthorisation {
  const order = existing(tx, 'orders', body.orderId, 'orderId');
  const eligibility = returnEligibility(
    order,
    tx.where('returns', 'orderId', order.id),
    tx.ctx.now,
  );
  if (!eligibility.eligible) {
    const key = NOT_ELIGIBLE[eligibility.reason];
    const params = { order: order.reference, days: eligibility.deliveredDaysAgo ?? 0 };
    throw refused(key, params, { orderId: { key, params } });
  }
  const lines = readRequestedLines(body, order, eligibility.remaining);
  const c = new Checker(body);
  const resolution = c.oneOf('resolution', RESOLUTIONS) ?? 'refund';
  const notes = c.string('notes', { required: false, max: 2000 }) ?? '';
  c.done();
  const customer = tx.get('customers', order.customerId);
  const member = customer?.klubMemberId ? tx.get('klub-members', customer.klubMemberId) : null;
  const id = tx.newId('returns');
  return tx.insert('returns', {
    id,
    reference: newReference(tx, 'returns', 'RET', id),
    orderId: order.id,
    customerId: order.customerId,
    requestedAt: tx.ctx.now,
    status: 'authorised',
    lines,
    resolution,
    returnShippingFeeCents: returnShippingFeeCents(member),
    receivedAt: null,
    receivedBy: null,
    refundDueBy: null,
    refundAmountCents: null,
    refundedAt: null,
    creditNoteId: null,
    notes,
    version: 1,
  });
}

/** The warehouse may only record the condition of each line it was sent. */
function inspectedLines(ret: ReturnAuthorisation, patch: Body): ReturnLine[] {
  const raw = Array.isArray(patch.lines) ? patch.lines : ret.lines;
  if (raw.length !== ret.lines.length) throw badRequest('linesMismatch');
  const errors: FieldErrors = {};
  const lines = ret.lines.map((line, index) => {
    const sent = isObject(raw[index]) ? raw[index] : {};
    const condition = sent.condition;
    if (!ITEM_CONDITIONS.includes(condition as never)) {
      errors[`lines.${index}.condition`] = { key: 'conditionRequired', params: { sku: line.sku } };
    }
    return { ...line, condition: condition as ReturnLine['condition'] };
  });
  assertNoFieldErrors(errors);
  return lines;
}

function receive(ret: ReturnAuthorisation, patch: Body, tx: Tx): ReturnAuthorisation {
  const lines = inspectedLines(ret, patch);
  const outcome = receptionOutcome(lines);
  return {
    ...ret,
    lines,
    status: outcome,
    receivedAt: tx.ctx.now,
    receivedBy: tx.ctx.user?.id ?? null,
    refundDueBy: outcome === 'received' ? refundDueBy(tx.ctx.now) : null,
    refundAmountCents:
      outcome === 'received' ? refundAmountCents(lines, ret.returnShippingFeeCents) : 0,
  };
}

function refund(ret: ReturnAuthorisation, tx: Tx): ReturnAuthorisation {
  if (ret.resolution !== 'refund')
    throw refused('resolutionIsCreditNote', { reference: ret.reference });
  const order = tx.get('orders', ret.orderId)!;
  const amount = refundAmountCents(ret.lines, ret.returnShippingFeeCents);
  const { toPaymentCents, toCreditNoteCents } = splitRefund(amount, {
    chargedCents: order.payment.chargedCents - refundedCents(order.payment),
  });
  const note =
    toCreditNoteCents > 0
      ? issueCreditNote(tx, {
          customerId: ret.customerId,
          origin: 'return',
          returnId: ret.id,
          reason: null,
          amountCents: toCreditNoteCents,
        })
      : null;
  if (toPaymentCents > 0) {
    const made = { returnId: ret.id, amountCents: toPaymentCents, at: tx.ctx.now };
    tx.update('orders', { ...order, payment: paymentAfterRefund(order.payment, made) });
  }
  return {
    ...ret,
    status: 'refunded',
    refundAmountCents: amount,
    refundedAt: tx.ctx.now,
    creditNoteId: note?.id ?? null,
  };
}

function credit(ret: ReturnAuthorisation, tx: Tx): ReturnAuthorisation {
  if (ret.resolution !== 'credit_note')
    throw refused('resolutionIsRefund', { reference: ret.reference });
  const amount = refundAmountCents(ret.lines, ret.returnShippingFeeCents);
  const note = issueCreditNote(tx, {
    customerId: ret.customerId,
    origin: 'return',
    returnId: ret.id,
    reason: null,
    amountCents: amount,
  });
  return {
    ...ret,
    status: 'credited',
    refundAmountCents: amount,
    refundedAt: tx.ctx.now,
    creditNoteId: note.id,
  };
}

/** `to` is one of the statuses: the engine refused any other (400) before. */
function checkMove(ret: ReturnAuthorisation, to: unknown): asserts to is ReturnStatus {
  if (!canMoveReturn(ret.status, to as ReturnStatus)) {
    throw conflict('returnTransition', { from: ret.status, to: String(to) });
  }
}

function move(
  ret: ReturnAuthorisation,
  to: ReturnStatus,
  patch: Body,
  tx: Tx,
): ReturnAuthorisation {
  checkMove(ret, to);
  const c = new Checker({ notes: ret.notes, ...patch });
  const notes = c.string('notes', { required: false, max: 2000 }) ?? '';
  c.done();
  if (to === 'received' || (to === 'rejected' && ret.status === 'authorised')) {
    return { ...receive(ret, patch, tx), notes };
  }
  if (to === 'refunded') return { ...refund(ret, tx), notes };
  if (to === 'credited') return { ...credit(ret, tx), notes };
  return { ...ret, status: to, notes };
}

export const returns: ResourceDef<'returns'> = {
  filters: {
    id: 'id',
    reference: 'string',
    orderId: 'id',
    customerId: 'id',
    status: 'enum',
    resolution: 'enum',
    requestedAt: 'date',
    receivedAt: 'date',
    receivedBy: 'id',
    refundDueBy: 'date',
    refundedAt: 'date',
    returnShippingFeeCents: 'number',
    overdue: (ret, value, now) => isRefundOverdue(ret, now) === value,
  },
  searchText: (ret, tx) => {
    const order = tx.get('orders', ret.orderId);
    const customer = tx.get('customers', ret.customerId);
    return [
      ret.reference,
      order?.reference ?? '',
      customer?.reference ?? '',
      customer?.firstName ?? '',
      customer?.lastName ?? '',
    ];
  },
  writable: ['notes', 'resolution'],
  statuses: RETURN_STATUSES,
  nullable: ['notes'],
  transitionFields: {
    received: ['lines', 'notes'],
    rejected: ['lines', 'notes'],
    refunded: ['notes'],
    credited: ['notes'],
    cancelled: ['notes'],
  },
  checkMove,
  create: createReturn,
  update(ret, patch, tx) {
    if ('status' in patch) return move(ret, patch.status as ReturnStatus, patch, tx);
    const c = new Checker({ ...ret, ...patch });
    const resolution = c.oneOf('resolution', RESOLUTIONS) ?? ret.resolution;
    const notes = c.string('notes', { required: false, max: 2000 }) ?? '';
    c.done();
    if (resolution !== ret.resolution && !['authorised', 'received'].includes(ret.status)) {
      throw conflict('returnClosed', { reference: ret.reference });
    }
    return { ...ret, resolution, notes };
  },
  referencedBy: (ret, tx) => holders(tx, [['credit-notes', 'returnId', ret.id]]),
};
