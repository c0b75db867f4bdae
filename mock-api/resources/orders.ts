import { isCarrier, trackingUrl, CARRIERS } from '../../src/domain/carriers';
import {
  canMoveOrder,
  isLate,
  isSalesPeriod,
  orderTotals,
  paymentAfterTransition,
  promisedBy,
} from '../../src/domain/orders';
import { isOrderable } from '../../src/domain/products';
import { shippingFeeCents as shippingFee } from '../../src/domain/shipping';
import { promoCodeError, promoDiscountCents } from '../../src/domain/promo';
import {
  CARD_BRANDS,
  DELIVERY_MODES,
  ORDER_STATUSES,
  type Order,
  type OrderLine,
  type OrderStatus,
} from '../../src/domain/types';
import { assertNoFieldErrors, conflict, refused, type FieldErrors } from '../core/errors';
import type { Body, ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker, isObject } from '../core/validate';
import { existing, holders, newReference } from './common';
import { releaseCreditNotes, spendCreditNotes } from './creditLedger';
import { refreshCustomer } from './customers';

function readLines(c: Checker, tx: Tx): OrderLine[] {
  const raw = c.array('lines') ?? [];
  if (raw.length === 0) c.fail('lines', 'required');
  const errors: FieldErrors = {};
  const lines = raw.map((item, index) => {
    const row = new Checker(isObject(item) ? item : {});
    const productId = row.integer('productId', { min: 1 }) ?? 0;
    const sku = row.string('sku') ?? '';
    const quantity = row.integer('quantity', { min: 1 }) ?? 1;
    for (const [field, error] of Object.entries(row.errors))
      c.fail(`lines.${index}.${field}`, error.key);
    const product = tx.get('products', productId);
    const variant = product?.variants.find((v) => v.sku === sku);
    if (!product || !variant) {
      errors[`lines.${index}.sku`] = { key: 'unknownSku', params: { sku } };
    } else if (!isOrderable(product)) {
      errors[`lines.${index}.productId`] = {
        key: 'productArchived',
        params: { product: product.reference },
      };
    }
    return {
      productId,
      sku,
      name: product?.name ?? '',
      size: variant?.size ?? '',
      colour: variant?.colour ?? '',
      quantity,
      unitPriceCents: product ? (product.salePriceCents ?? product.priceCents) : 0,
    };
  });
  c.done();
  assertNoFieldErrors(errors);
  return lines;
}

function readPromoCode(body: Body): string | null {
  const entered = Array.isArray(body.promoCodes)
    ? body.promoCodes.map(String)
    : String(body.promoCode ?? '').split(/[\s,;]+/);
  const codes = entered.map((code) => code.trim().toUpperCase()).filter(Boolean);
  const error = promoCodeError(codes);
  if (error) {
    const key = error === 'too_many' ? 'onePromoCode' : 'unknownPromoCode';
    throw refused(
      key,
      { code: codes.join(', ') },
      { promoCode: { key, params: { code: codes.join(', ') } } },
    );
  }
  return codes[0] ?? null;
}

/** Before shipment, the address or the delivery mode may still be corrected. */
function correctDelivery(order: Order, patch: Body): Order {
  if (order.status !== 'placed') throw conflict('orderAlreadyShipped', { status: order.status });
  const merged = { ...order.delivery, ...(isObject(patch.delivery) ? patch.delivery : {}) };
  const c = new Checker(merged);
  const delivery = {
    ...order.delivery,
    mode: c.oneOf('mode', DELIVERY_MODES) ?? order.delivery.mode,
    address: c.string('address', { max: 300 }) ?? '',
    relayPointName: c.nullableString('relayPointName') ?? null,
    recipientName: c.string('recipientName', { max: 120 }) ?? '',
  };
  c.done();
  return { ...order, delivery };
}

function createOrder(body: Body, tx: Tx): Order {
  const customer = existing(tx, 'customers', body.customerId, 'customerId');
  const c = new Checker(body);
  const lines = readLines(c, tx);
  const delivery = new Checker(isObject(body.delivery) ? body.delivery : {});
  const mode = delivery.oneOf('mode', DELIVERY_MODES) ?? 'home';
  const carrier = delivery.oneOf('carrier', CARRIERS) ?? 'Colissimo';
  const address = delivery.string('address', { max: 300 }) ?? '';
  const relayPointName = delivery.nullableString('relayPointName') ?? null;
  // The customer's name on the parcel, unless another one is given (a gift, a relay collection).
  const recipientName =
    delivery.string('recipientName', { required: false, max: 120 }) ||
    `${customer.firstName} ${customer.lastName}`;
  for (const [field, error] of Object.entries(delivery.errors))
    c.fail(`delivery.${field}`, error.key);
  const payment = new Checker(isObject(body.payment) ? body.payment : {});
  const method = payment.oneOf('method', ['card', 'paypal'] as const) ?? 'card';
  const cardBrand = method === 'card' ? (payment.oneOf('cardBrand', CARD_BRANDS) ?? null) : null;
  const noteIds = (payment.array('creditNoteIds', { required: false }) ?? []) as number[];
  for (const [field, error] of Object.entries(payment.errors))
    c.fail(`payment.${field}`, error.key);
  c.done();
  const promoCode = readPromoCode(body);
  const { subtotalCents } = orderTotals(lines, 0, 0);
  const discountCents = promoDiscountCents(promoCode, subtotalCents);
  const shippingFeeCents = shippingFee(mode, subtotalCents - discountCents);
  const { totalCents } = orderTotals(lines, discountCents, shippingFeeCents);
  const id = tx.newId('orders');
  const notes = noteIds.map((noteId) => {
    const note = existing(tx, 'credit-notes', noteId, 'payment.creditNoteIds');
    if (note.customerId !== customer.id)
      throw refused('creditNoteOfAnotherCustomer', { note: note.reference });
    return note;
  });
  const { appliedCents: creditAppliedCents, noteIds: payingNotes } = spendCreditNotes(
    tx,
    notes,
    totalCents,
    id,
  );
  const chargedCents = totalCents - creditAppliedCents;
  const order = tx.insert('orders', {
    id,
    reference: newReference(tx, 'orders', 'CMD', id),
    customerId: customer.id,
    placedAt: tx.ctx.now,
    status: 'placed',
    lines,
    subtotalCents,
    promoCode,
    discountCents,
    shippingFeeCents,
    totalCents,
    payment: {
      method: chargedCents === 0 ? 'credit_note' : method,
      cardBrand: chargedCents === 0 ? null : cardBrand,
      provider: 'payline',
      transactionId: `PAYLINE-${tx.ctx.now.slice(0, 10).replaceAll('-', '')}-${String(id).padStart(8, '0')}`,
      creditNoteIds: payingNotes,
      creditAppliedCents,
      chargedCents,
      status: 'authorised',
      capturedAt: null,
      refunds: [],
    },
    delivery: {
      mode,
      carrier,
      trackingNumber: null,
      trackingUrl: null,
      address,
      relayPointName,
      recipientName,
    },
    promisedBy: promisedBy(tx.ctx.now),
    shippedAt: null,
    deliveredAt: null,
    salesPeriod: isSalesPeriod(tx.ctx.now),
    version: 1,
  });
  refreshCustomer(tx, customer.id);
  return order;
}

function ship(order: Order, patch: Body, tx: Tx): Order {
  const delivery = { ...order.delivery, ...(isObject(patch.delivery) ? patch.delivery : {}) };
  const trackingNumber =
    typeof delivery.trackingNumber === 'string' ? delivery.trackingNumber.trim() : '';
  const carrier = String(delivery.carrier);
  const errors: FieldErrors = {};
  if (!trackingNumber) errors['delivery.trackingNumber'] = { key: 'trackingRequired' };
  if (!isCarrier(carrier))
    errors['delivery.carrier'] = { key: 'notOneOf', params: { allowed: CARRIERS.join(', ') } };
  assertNoFieldErrors(errors);
  return {
    ...order,
    status: 'shipped',
    shippedAt: tx.ctx.now,
    delivery: {
      ...order.delivery,
      carrier,
      trackingNumber,
      trackingUrl: trackingUrl(carrier as (typeof CARRIERS)[number], trackingNumber),
    },
    payment: paymentAfterTransition(order.payment, 'shipped', tx.ctx.now),
  };
}

/** `to` is one of the statuses: the engine refused any other (400) before. */
function checkMove(order: Order, to: unknown): asserts to is OrderStatus {
  if (!canMoveOrder(order.status, to as OrderStatus)) {
    throw conflict('orderTransition', { from: order.status, to: String(to) });
  }
}

function move(order: Order, to: OrderStatus, patch: Body, tx: Tx): Order {
  checkMove(order, to);
  if (to === 'shipped') return ship(order, patch, tx);
  if (to === 'delivered') return { ...order, status: to, deliveredAt: tx.ctx.now };
  releaseCreditNotes(tx, order);
  return { ...order, status: to, payment: paymentAfterTransition(order.payment, to, tx.ctx.now) };
}

export const orders: ResourceDef<'orders'> = {
  filters: {
    id: 'id',
    reference: 'string',
    customerId: 'id',
    status: 'enum',
    placedAt: 'date',
    promisedBy: 'date',
    shippedAt: 'date',
    deliveredAt: 'date',
    subtotalCents: 'number',
    totalCents: 'number',
    promoCode: 'string',
    salesPeriod: 'boolean',
    'delivery.mode': 'enum',
    'delivery.carrier': 'string',
    'delivery.trackingNumber': 'string',
    'payment.method': 'enum',
    'payment.status': 'enum',
    late: (order, value, now) => isLate(order, now) === value,
  },
  searchText: (order, tx) => {
    const customer = tx.get('customers', order.customerId);
    return [
      order.reference,
      customer?.firstName ?? '',
      customer?.lastName ?? '',
      order.delivery.trackingNumber ?? '',
    ];
  },
  writable: ['delivery'],
  statuses: ORDER_STATUSES,
  transitionFields: { shipped: ['delivery'], delivered: [], cancelled: [], refused: [] },
  checkMove,
  create: createOrder,
  update(order, patch, tx) {
    if (!('status' in patch)) return correctDelivery(order, patch);
    const moved = tx.update('orders', move(order, patch.status as OrderStatus, patch, tx));
    refreshCustomer(tx, order.customerId);
    return moved;
  },
  referencedBy: (order, tx) => {
    const notes = tx
      .where('credit-notes', 'customerId', order.customerId)
      .filter((note) => note.usages.some((usage) => usage.orderId === order.id)).length;
    return [
      ...holders(tx, [['returns', 'orderId', order.id]]),
      ...(notes ? [{ what: 'credit-notes' as const, count: notes }] : []),
    ];
  },
};
