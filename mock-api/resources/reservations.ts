import { isReservable } from '../../src/domain/products';
import {
  canMoveReservation,
  confirmBy,
  holdUntil,
  isConfirmPromiseMissed,
  shouldExpire,
} from '../../src/domain/reservations';
import {
  RESERVATION_CHANNELS,
  RESERVATION_STATUSES,
  type Reservation,
  type ReservationStatus,
} from '../../src/domain/types';
import { conflict, refused } from '../core/errors';
import type { ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker } from '../core/validate';
import { existing, newReference } from './common';

function move(res: Reservation, to: ReservationStatus, tx: Tx): Reservation {
  if (!canMoveReservation(res.status, to)) {
    throw conflict('reservationTransition', { from: res.status, to });
  }
  const now = tx.ctx.now;
  if (to === 'confirmed')
    return { ...res, status: to, confirmedAt: now, holdUntil: holdUntil(now) };
  // A hold that has ended expired on read, before this write: collecting it is a refused move.
  if (to === 'collected') return { ...res, status: to, collectedAt: now };
  return { ...res, status: to };
}

export const reservations: ResourceDef<'reservations'> = {
  filters: {
    id: 'id',
    reference: 'string',
    customerId: 'id',
    storeId: 'id',
    productId: 'id',
    sku: 'string',
    status: 'enum',
    channel: 'enum',
    requestedAt: 'date',
    confirmBy: 'date',
    confirmedAt: 'date',
    holdUntil: 'date',
    promiseMissed: (res, value, now) => isConfirmPromiseMissed(res, now) === value,
  },
  searchText: (res, tx) => {
    const customer = tx.get('customers', res.customerId);
    const product = tx.get('products', res.productId);
    const store = tx.get('stores', res.storeId);
    return [
      res.reference,
      res.sku,
      customer?.firstName ?? '',
      customer?.lastName ?? '',
      product?.name ?? '',
      store?.name ?? '',
    ];
  },
  writable: ['channel'],
  statuses: RESERVATION_STATUSES,
  transitionFields: { confirmed: [], unavailable: [], collected: [], cancelled: [] },
  /** A confirmed reservation not collected in time expires by itself, whoever looks. */
  beforeRead(tx) {
    for (const res of tx.where('reservations', 'status', 'confirmed')) {
      if (shouldExpire(res, tx.ctx.now)) tx.update('reservations', { ...res, status: 'expired' });
    }
  },
  create(body, tx) {
    const customer = existing(tx, 'customers', body.customerId, 'customerId');
    const store = existing(tx, 'stores', body.storeId, 'storeId');
    const product = existing(tx, 'products', body.productId, 'productId');
    const c = new Checker(body);
    const sku = c.string('sku') ?? '';
    const quantity = c.integer('quantity', { min: 1 }) ?? 1;
    const channel = c.oneOf('channel', RESERVATION_CHANNELS) ?? 'email';
    c.done();
    if (!isReservable(product)) {
      throw refused('productNotReservable', { product: product.reference, status: product.status });
    }
    const variant = product.variants.find((v) => v.sku === sku);
    if (!variant)
      throw refused('unknownSku', { sku }, { sku: { key: 'unknownSku', params: { sku } } });
    const id = tx.newId('reservations');
    return tx.insert('reservations', {
      id,
      reference: newReference(tx, 'reservations', 'RES', id),
      customerId: customer.id,
      storeId: store.id,
      productId: product.id,
      sku,
      size: variant.size,
      colour: variant.colour,
      quantity,
      channel,
      requestedAt: tx.ctx.now,
      status: 'pending',
      confirmBy: confirmBy(tx.ctx.now),
      confirmedAt: null,
      holdUntil: null,
      collectedAt: null,
      version: 1,
    });
  },
  update(res, patch, tx) {
    if ('status' in patch) return move(res, patch.status as ReservationStatus, tx);
    const c = new Checker({ ...res, ...patch });
    const channel = c.oneOf('channel', RESERVATION_CHANNELS) ?? res.channel;
    c.done();
    return { ...res, channel };
  },
  referencedBy: () => [],
};
