import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trackingUrl, type Carrier } from '../../src/domain/carriers';
import {
  firstReplyDueBy,
  firstReplyWithinPromise,
  isFirstReplyOverdue,
  isOrderReference,
} from '../../src/domain/contactRequests';
import { creditNoteBalance, creditNoteStatus } from '../../src/domain/creditNotes';
import { isValidEmail } from '../../src/domain/customers';
import { isWithinBusinessHours, parisCalendarDaysBetween, parisDate } from '../../src/domain/dates';
import { isValidEan13 } from '../../src/domain/ean';
import { isLate, isSalesPeriod, orderTotals, promisedBy } from '../../src/domain/orders';
import { publishBlockers } from '../../src/domain/products';
import { PROMO_CODES, promoDiscountCents } from '../../src/domain/promo';
import {
  confirmBy,
  confirmedInTime,
  holdUntil,
  isConfirmPromiseMissed,
} from '../../src/domain/reservations';
import {
  isRefundOverdue,
  paidUnitPriceCents,
  receptionOutcome,
  refundAmountCents,
  refundDueBy,
  RETURN_SHIPPING_FEE_CENTS,
  RETURN_WINDOW_DAYS,
} from '../../src/domain/returns';
import {
  CATEGORIES,
  CONTACT_CHANNELS,
  CONTACT_REASONS,
  CONTACT_REQUEST_STATUSES,
  CREDIT_NOTE_STATUSES,
  DEPARTMENTS,
  KLUB_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  PRODUCT_STATUSES,
  RESERVATION_STATUSES,
  RESOURCES,
  RETURN_STATUSES,
  ROLES,
  type AuditEvent,
  type ContactRequest,
  type Database,
  type Order,
  type ResourceName,
  type Role,
} from '../../src/domain/types';
import { verifyPassword } from '../core/passwords';
import { generateHistory } from './history';
import { DEMO_PASSWORD, generateDatabase } from './index';
import { createRng } from './rng';

const NOW = '2026-11-25T09:30:00.000Z';
const now = Date.parse(NOW);
const DAY = 86_400_000;

let db: Database;
beforeAll(async () => {
  db = await generateDatabase({ seed: 7, scale: 'small', now: NOW });
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** At least `min` of every value, and nothing else. */
function expectEvery(counts: Record<string, number>, values: readonly string[], min = 3): void {
  expect(Object.keys(counts).sort()).toEqual([...values].sort());
  for (const value of values) expect(counts[value], value).toBeGreaterThanOrEqual(min);
}

function unique(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

const byId = <T extends { id: number }>(records: readonly T[]) =>
  new Map(records.map((record) => [record.id, record]));

describe('generateDatabase', () => {
  it('gives the same bytes for the same seed and clock, other data for another seed', async () => {
    const again = await generateDatabase({ seed: 7, scale: 'small', now: NOW });
    expect(again['audit-events'].length).toBeGreaterThan(0);
    expect(JSON.stringify(again)).toBe(JSON.stringify(db));
    const other = await generateDatabase({ seed: 8, scale: 'small', now: NOW });
    expect(JSON.stringify(other.customers)).not.toBe(JSON.stringify(db.customers));
  });

  it('uses no Node API, so that it runs in the service worker', () => {
    const folder = new URL('.', import.meta.url);
    for (const file of readdirSync(folder).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      expect(readFileSync(new URL(file, folder), 'utf8'), file).not.toMatch(
        /from 'node:|Date\.now\(/,
      );
    }
  });

  it('numbers every resource from 1, at version 1, with unique references', () => {
    for (const resource of RESOURCES) {
      const records = db[resource];
      records.forEach((record, index) => expect(record.id).toBe(index + 1));
      if (resource === 'audit-events') continue;
      for (const record of records) expect((record as { version: number }).version).toBe(1);
      if (resource === 'users') continue;
      expect(unique(records.map((r) => (r as { reference: string }).reference)), resource).toBe(
        true,
      );
    }
  });

  it('places every past event before now', () => {
    const past = [
      ...db.orders.flatMap((o) => [o.placedAt, o.shippedAt, o.deliveredAt, o.payment.capturedAt]),
      ...db.returns.flatMap((r) => [r.requestedAt, r.receivedAt, r.refundedAt]),
      ...db['credit-notes'].flatMap((n) => [n.issuedAt, ...n.usages.map((u) => u.at)]),
      ...db.reservations.flatMap((r) => [r.requestedAt, r.confirmedAt, r.collectedAt]),
      ...db.customers.map((c) => c.createdAt),
      ...db['klub-members'].flatMap((m) => [m.joinedAt, m.leftAt]),
      ...db.products.flatMap((p) => [p.createdAt, p.updatedAt]),
      ...db['contact-requests'].flatMap((r) => [
        r.receivedAt,
        r.firstRepliedAt,
        r.resolvedAt,
        ...r.messages.map((m) => m.at),
      ]),
      ...db['audit-events'].map((e) => e.at),
    ].filter((at) => at !== null);
    for (const at of past) expect(Date.parse(at) <= now, at).toBe(true);
  });
});

describe('users and stores', () => {
  it('has one active account per role, with the demo password', async () => {
    expect(db.users.map((u) => [u.role, u.email])).toEqual(
      ROLES.map((role) => [role, `${role}@kaporal.test`]),
    );
    expect(db.users.every((u) => u.active && /^\S+ \S+/.test(u.fullName))).toBe(true);
    expect(unique(db.users.map((u) => u.passwordHash.split('$')[1]))).toBe(true);
    for (const user of db.users)
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
  });

  it('has 20 boutiques in French cities, Marseille first', () => {
    expect(db.stores).toHaveLength(20);
    expect(db.stores[0]).toMatchObject({ city: 'Marseille', reference: 'BTQ-001' });
    for (const store of db.stores) {
      expect(store.postcode).toMatch(/^\d{5}$/);
      expect(store.phone).toMatch(/^0\d( \d\d){4}$/);
      expect(isValidEmail(store.email)).toBe(true);
      expect(store.openingHours).not.toBe('');
    }
  });
});

describe('catalogue', () => {
  const variants = () => db.products.flatMap((p) => p.variants);

  it('has unique skus and unique, valid EAN-13 codes', () => {
    expect(unique(variants().map((v) => v.sku))).toBe(true);
    expect(unique(variants().map((v) => v.ean13))).toBe(true);
    expect(variants().every((v) => isValidEan13(v.ean13) && v.ean13.startsWith('3'))).toBe(true);
    for (const product of db.products) {
      expect(product.reference).toMatch(/^KAP-[HFGL]-\d{5}$/);
      for (const v of product.variants)
        expect(v.sku.startsWith(`${product.reference}-${v.size}-`)).toBe(true);
    }
  });

  it('follows the product rules, with stock from 0 to 40, some sold out and some low', () => {
    for (const product of db.products) {
      expect(product.priceCents).toBeGreaterThan(0);
      if (product.salePriceCents !== null) {
        expect(product.salePriceCents).toBeLessThan(product.priceCents);
      }
      if (product.status === 'published') expect(publishBlockers(product)).toEqual([]);
      expect(product.updatedAt >= product.createdAt).toBe(true);
    }
    const stocks = variants().map((v) => v.stock);
    expect(stocks.every((s) => Number.isInteger(s) && s >= 0 && s <= 40)).toBe(true);
    expect(stocks.filter((s) => s === 0).length).toBeGreaterThan(10);
    expect(stocks.filter((s) => s > 0 && s <= 5).length).toBeGreaterThan(10);
  });

  it('holds every status, department and category, and drafts that cannot be published yet', () => {
    expectEvery(
      countBy(db.products, (p) => p.status),
      PRODUCT_STATUSES,
    );
    expectEvery(
      countBy(db.products, (p) => p.department),
      DEPARTMENTS,
    );
    expect(Object.keys(countBy(db.products, (p) => p.category)).length).toBeGreaterThan(8);
    expect(db.products.every((p) => (CATEGORIES as readonly string[]).includes(p.category))).toBe(
      true,
    );
    const blockers = db.products.flatMap(publishBlockers);
    expect(blockers).toContain('no_image');
    expect(blockers).toContain('no_variant');
    expect(db.products.some((p) => p.salePriceCents !== null)).toBe(true);
  });
});

describe('customers and Le Klub', () => {
  it('has valid, unique e-mail addresses and complete identities', () => {
    expect(unique(db.customers.map((c) => c.email))).toBe(true);
    for (const c of db.customers) {
      expect(isValidEmail(c.email), c.email).toBe(true);
      expect(c.reference).toMatch(/^CLI-\d{6}$/);
      expect(c.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.phone).toMatch(/^0[67]( \d\d){4}$/);
      expect(c.firstName && c.lastName).toBeTruthy();
    }
  });

  it('keeps the derived figures of each customer in line with orders and credit notes', () => {
    for (const customer of db.customers) {
      const counted = db.orders.filter(
        (o) => o.customerId === customer.id && o.status !== 'refused' && o.status !== 'cancelled',
      );
      const open = db['credit-notes'].filter(
        (n) => n.customerId === customer.id && n.status === 'open',
      );
      expect(customer.ordersCount).toBe(counted.length);
      expect(customer.totalSpentCents).toBe(counted.reduce((sum, o) => sum + o.totalCents, 0));
      expect(customer.lastOrderAt).toBe(
        counted
          .map((o) => o.placedAt)
          .sort()
          .at(-1) ?? null,
      );
      expect(customer.creditBalanceCents).toBe(open.reduce((sum, n) => sum + n.balanceCents, 0));
      const first = db.orders.find((o) => o.customerId === customer.id);
      if (first) expect(customer.createdAt <= first.placedAt).toBe(true);
    }
  });

  it('links about a quarter of the customers to Klub memberships of every status', () => {
    const members = db['klub-members'];
    const customers = byId(db.customers);
    expect(members.length / db.customers.length).toBeGreaterThan(0.15);
    expect(members.length / db.customers.length).toBeLessThan(0.35);
    for (const member of members) {
      const customer = customers.get(member.customerId)!;
      expect(customer.klubMemberId).toBe(member.id);
      expect(member.memberNumber).toMatch(/^KLUB-\d{6}$/);
      expect(member.reference).toBe(member.memberNumber);
      expect(member.joinedAt >= customer.createdAt).toBe(true);
      expect(member.leftAt !== null).toBe(member.status === 'left');
      if (member.leftAt) expect(member.leftAt > member.joinedAt).toBe(true);
      for (const invitation of member.invitations) {
        if (invitation.date > NOW.slice(0, 10)) expect(invitation.status).not.toBe('attended');
      }
    }
    expect(db.customers.filter((c) => c.klubMemberId !== null)).toHaveLength(members.length);
    expectEvery(
      countBy(members, (m) => m.status),
      KLUB_STATUSES,
      1,
    );
    expect(members.some((m) => m.kind === 'ambassador')).toBe(true);
    expect(members.some((m) => m.invitations.length > 0)).toBe(true);
  });
});

describe('orders', () => {
  const products = () => byId(db.products);

  it('adds up: lines, one promo code at most, shipping and total', () => {
    for (const order of db.orders) {
      expect(order.lines.length).toBeGreaterThanOrEqual(1);
      expect(order.lines.length).toBeLessThanOrEqual(4);
      if (order.promoCode !== null) expect(Object.keys(PROMO_CODES)).toContain(order.promoCode);
      expect(order.discountCents).toBe(promoDiscountCents(order.promoCode, order.subtotalCents));
      const totals = orderTotals(order.lines, order.discountCents, order.shippingFeeCents);
      expect(totals).toEqual({ subtotalCents: order.subtotalCents, totalCents: order.totalCents });
      expect([0, 395, 450, 495]).toContain(order.shippingFeeCents);
    }
    expect(db.orders.some((o) => o.promoCode !== null)).toBe(true);
    expect(db.orders.some((o) => o.shippingFeeCents === 0)).toBe(true);
  });

  it('orders variants of products that were on sale, with their name, size and colour', () => {
    const catalogue = products();
    for (const order of db.orders) {
      for (const line of order.lines) {
        const product = catalogue.get(line.productId)!;
        const variant = product.variants.find((v) => v.sku === line.sku)!;
        expect(product.status).not.toBe('draft');
        expect(product.createdAt <= order.placedAt).toBe(true);
        expect(line).toMatchObject({
          name: product.name,
          size: variant.size,
          colour: variant.colour,
        });
        expect([product.priceCents, product.salePriceCents]).toContain(line.unitPriceCents);
      }
      if (order.status === 'placed') {
        expect(order.lines.every((l) => catalogue.get(l.productId)!.status === 'published')).toBe(
          true,
        );
      }
    }
  });

  it('dates, references and promises follow the rules', () => {
    for (const order of db.orders) {
      expect(order.reference).toBe(
        `CMD-${order.placedAt.slice(2, 4)}-${String(order.id).padStart(6, '0')}`,
      );
      expect(order.promisedBy).toBe(promisedBy(order.placedAt));
      expect(order.salesPeriod).toBe(isSalesPeriod(order.placedAt));
      expect(Date.parse(order.placedAt)).toBeGreaterThan(now - 549 * DAY);
      const shipped = order.status === 'shipped' || order.status === 'delivered';
      expect(order.shippedAt !== null).toBe(shipped);
      expect(order.deliveredAt !== null).toBe(order.status === 'delivered');
      if (order.shippedAt) expect(order.shippedAt > order.placedAt).toBe(true);
      if (order.deliveredAt) expect(order.deliveredAt > order.shippedAt!).toBe(true);
    }
    const placedAt = db.orders.map((o) => o.placedAt);
    expect(placedAt).toEqual([...placedAt].sort());
    expect(db.orders.some((o) => o.salesPeriod)).toBe(true);
  });

  it('debits the card or PayPal at shipment only, never for a refused order', () => {
    for (const { status, payment, shippedAt, totalCents } of db.orders) {
      expect(payment.chargedCents).toBe(totalCents - payment.creditAppliedCents);
      expect(payment.method === 'credit_note').toBe(payment.chargedCents === 0);
      expect(payment.cardBrand !== null).toBe(payment.method === 'card');
      expect(payment.provider).toBe('payline');
      expect(payment.transactionId).toMatch(/^PAYLINE-\d{8}-\d{8}$/);
      if (status === 'placed' || status === 'cancelled') {
        expect(payment).toMatchObject({ status: 'authorised', capturedAt: null });
      } else if (status === 'refused') {
        expect(payment).toMatchObject({ status: 'refused', capturedAt: null });
      } else {
        expect(['captured', 'refunded', 'partially_refunded']).toContain(payment.status);
        expect(payment.capturedAt).toBe(shippedAt);
      }
      if (status === 'refused' || status === 'cancelled') expect(payment.creditNoteIds).toEqual([]);
    }
    expectEvery(
      countBy(db.orders, (o) => o.payment.status),
      PAYMENT_STATUSES,
    );
    expect(
      db.orders.filter((o) => o.payment.method === 'credit_note').length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('records each refund to the card or PayPal on the payment, for a refunded return of the order', () => {
    const returns = byId(db.returns);
    const refunded = db.orders.filter((o) => o.payment.refunds.length > 0);
    expect(refunded.length).toBeGreaterThanOrEqual(3);
    for (const order of db.orders) {
      const { refunds, chargedCents, status } = order.payment;
      for (const refund of refunds) {
        const ret = returns.get(refund.returnId)!;
        expect(ret).toMatchObject({ orderId: order.id, status: 'refunded', refundedAt: refund.at });
        expect(refund.amountCents).toBeGreaterThan(0);
      }
      const back = refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
      expect(back).toBeLessThanOrEqual(chargedCents);
      if (refunds.length > 0) {
        expect(status).toBe(back === chargedCents ? 'refunded' : 'partially_refunded');
      } else expect(['refunded', 'partially_refunded']).not.toContain(status);
    }
  });

  it('tracks shipped parcels with their carrier, and relay points by name', () => {
    for (const { status, delivery } of db.orders) {
      const shipped = status === 'shipped' || status === 'delivered';
      expect(delivery.trackingNumber !== null).toBe(shipped);
      if (delivery.trackingNumber !== null) {
        expect(delivery.trackingUrl).toBe(
          trackingUrl(delivery.carrier as Carrier, delivery.trackingNumber),
        );
      }
      expect(delivery.relayPointName !== null).toBe(delivery.mode === 'relay_point');
      expect(delivery.address).toMatch(/\d{5} \S/);
    }
  });

  it('addresses each parcel to its customer, by name', () => {
    const customers = byId(db.customers);
    for (const { customerId, delivery } of db.orders) {
      const { firstName, lastName } = customers.get(customerId)!;
      expect(delivery.recipientName).toBe(`${firstName} ${lastName}`);
    }
  });

  it('holds several of each case the rules turn on', () => {
    const klub = byId(db['klub-members']);
    const customers = byId(db.customers);
    const delivered = db.orders.filter((o) => o.status === 'delivered');
    const recent = delivered.filter(
      (o) => parisCalendarDaysBetween(o.deliveredAt!, NOW) <= RETURN_WINDOW_DAYS,
    );
    const memberOf = (o: Order) => klub.get(customers.get(o.customerId)!.klubMemberId ?? 0);
    expectEvery(
      countBy(db.orders, (o) => o.status),
      ORDER_STATUSES,
    );
    expect(recent.length).toBeGreaterThanOrEqual(3);
    expect(
      delivered.filter((o) => Date.parse(o.deliveredAt!) < now - 180 * DAY).length,
    ).toBeGreaterThanOrEqual(3);
    expect(delivered.filter((o) => isLate(o, NOW)).length).toBeGreaterThanOrEqual(3);
    expect(
      db.orders.filter((o) => o.status === 'shipped' && isLate(o, NOW)).length,
    ).toBeGreaterThanOrEqual(3);
    expect(recent.filter((o) => memberOf(o)?.status === 'active').length).toBeGreaterThanOrEqual(3);
    expect(recent.filter((o) => memberOf(o)?.status !== 'active').length).toBeGreaterThanOrEqual(3);
  });
});

describe('returns', () => {
  it('stay within 14 days of delivery and within what is left to return', () => {
    const orders = byId(db.orders);
    const held = new Map<string, number>();
    for (const ret of db.returns) {
      const order = orders.get(ret.orderId)!;
      expect(order.status).toBe('delivered');
      expect(ret.customerId).toBe(order.customerId);
      expect(ret.requestedAt > order.deliveredAt!).toBe(true);
      expect(parisCalendarDaysBetween(order.deliveredAt!, ret.requestedAt)).toBeLessThanOrEqual(
        RETURN_WINDOW_DAYS,
      );
      expect(ret.reference).toMatch(/^RET-\d{2}-\d{6}$/);
      for (const line of ret.lines) {
        const ordered = order.lines.find((l) => l.sku === line.sku)!;
        expect(line).toMatchObject({
          productId: ordered.productId,
          name: ordered.name,
          unitPriceCents: paidUnitPriceCents(ordered.unitPriceCents, order),
        });
        expect(line.quantity).toBeGreaterThanOrEqual(1);
        if (ret.status === 'cancelled') continue;
        const key = `${order.id}:${line.sku}`;
        held.set(key, (held.get(key) ?? 0) + line.quantity);
        expect(held.get(key)).toBeLessThanOrEqual(ordered.quantity);
      }
    }
  });

  it('charge the return fee unless the customer was an active Klub member when asking', () => {
    const customers = byId(db.customers);
    const klub = byId(db['klub-members']);
    for (const ret of db.returns) {
      const member = klub.get(customers.get(ret.customerId)!.klubMemberId ?? 0);
      const activeThen =
        member !== undefined &&
        member.joinedAt <= ret.requestedAt &&
        (member.status === 'active' || (member.leftAt !== null && member.leftAt > ret.requestedAt));
      expect(ret.returnShippingFeeCents).toBe(activeThen ? 0 : RETURN_SHIPPING_FEE_CENTS);
    }
    const fees = countBy(db.returns, (r) => String(r.returnShippingFeeCents));
    expect(fees['0']).toBeGreaterThanOrEqual(3);
    expect(fees[String(RETURN_SHIPPING_FEE_CENTS)]).toBeGreaterThanOrEqual(3);
  });

  it('carry what each status implies', () => {
    const notes = byId(db['credit-notes']);
    for (const ret of db.returns) {
      const inspected = !['authorised', 'cancelled'].includes(ret.status);
      expect(ret.lines.every((l) => (l.condition !== null) === inspected)).toBe(true);
      expect(ret.receivedAt !== null).toBe(inspected);
      expect(ret.receivedBy).toBe(inspected ? 4 : null);
      if (!inspected) {
        expect(ret).toMatchObject({ refundDueBy: null, refundAmountCents: null, refundedAt: null });
        continue;
      }
      expect(receptionOutcome(ret.lines)).toBe(ret.status === 'rejected' ? 'rejected' : 'received');
      if (ret.status === 'rejected') {
        expect(ret).toMatchObject({ refundDueBy: null, refundAmountCents: 0, refundedAt: null });
        continue;
      }
      expect(ret.refundDueBy).toBe(refundDueBy(ret.receivedAt!));
      expect(ret.refundAmountCents).toBe(refundAmountCents(ret.lines, ret.returnShippingFeeCents));
      expect(ret.refundedAt !== null).toBe(ret.status !== 'received');
      if (ret.refundedAt) expect(ret.refundedAt > ret.receivedAt!).toBe(true);
      const note = ret.creditNoteId === null ? undefined : notes.get(ret.creditNoteId);
      if (note)
        expect(note).toMatchObject({
          origin: 'return',
          returnId: ret.id,
          issuedAt: ret.refundedAt,
        });
      if (ret.status === 'credited') expect(note?.amountCents).toBe(ret.refundAmountCents);
      if (ret.status === 'received') expect(ret.creditNoteId).toBeNull();
    }
  });

  it('refund the card first and the part paid with credit notes as a new note', () => {
    const notes = byId(db['credit-notes']);
    for (const order of db.orders) {
      const refunds = db.returns.filter((r) => r.orderId === order.id && r.status === 'refunded');
      if (refunds.length === 0) continue;
      const toPayment = refunds.reduce((sum, r) => {
        const viaNote = r.creditNoteId === null ? 0 : notes.get(r.creditNoteId)!.amountCents;
        return sum + r.refundAmountCents! - viaNote;
      }, 0);
      expect(toPayment).toBeLessThanOrEqual(order.payment.chargedCents);
      if (toPayment > 0) {
        const whole = toPayment === order.payment.chargedCents;
        expect(order.payment.status).toBe(whole ? 'refunded' : 'partially_refunded');
      }
    }
    const splits = db.returns.filter((r) => r.status === 'refunded' && r.creditNoteId !== null);
    expect(splits.length).toBeGreaterThanOrEqual(1);
  });

  it('exist in every status, with refunds overdue, on time and late', () => {
    expectEvery(
      countBy(db.returns, (r) => r.status),
      RETURN_STATUSES,
    );
    const received = db.returns.filter((r) => r.status === 'received');
    expect(received.filter((r) => isRefundOverdue(r, NOW)).length).toBeGreaterThanOrEqual(3);
    expect(received.filter((r) => !isRefundOverdue(r, NOW)).length).toBeGreaterThanOrEqual(3);
    const done = db.returns.filter((r) => r.refundedAt !== null);
    expect(done.filter((r) => r.refundedAt! > r.refundDueBy!).length).toBeGreaterThanOrEqual(1);
    expect(done.filter((r) => r.refundedAt! <= r.refundDueBy!).length).toBeGreaterThanOrEqual(3);
  });
});

describe('credit notes', () => {
  it('balance what they were spent on, on orders of their customer that they paid', () => {
    const orders = byId(db.orders);
    const applied = new Map<number, number>();
    for (const note of db['credit-notes']) {
      expect(note.reference).toMatch(/^AV-\d{2}-\d{6}$/);
      expect(note.balanceCents).toBe(creditNoteBalance(note));
      expect(note.balanceCents).toBeGreaterThanOrEqual(0);
      expect(note.balanceCents).toBeLessThanOrEqual(note.amountCents);
      expect(note.status).toBe(creditNoteStatus(note));
      if (note.status === 'cancelled') expect(note.usages).toEqual([]);
      expect(note.origin === 'goodwill').toBe(note.reason !== null);
      expect(note.origin === 'return').toBe(note.returnId !== null);
      for (const usage of note.usages) {
        const order = orders.get(usage.orderId)!;
        expect(order.customerId).toBe(note.customerId);
        expect(order.payment.creditNoteIds).toContain(note.id);
        expect(usage.at).toBe(order.placedAt);
        expect(usage.at > note.issuedAt).toBe(true);
        applied.set(order.id, (applied.get(order.id) ?? 0) + usage.amountCents);
      }
    }
    for (const order of db.orders) {
      expect(applied.get(order.id) ?? 0).toBe(order.payment.creditAppliedCents);
      expect(order.payment.creditNoteIds.length > 0).toBe(order.payment.creditAppliedCents > 0);
    }
  });

  it('are unused, partly used, exhausted or cancelled, several of each', () => {
    const notes = db['credit-notes'];
    expectEvery(
      countBy(notes, (n) => n.status),
      CREDIT_NOTE_STATUSES,
    );
    const open = notes.filter((n) => n.status === 'open');
    expect(open.filter((n) => n.usages.length === 0).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((n) => n.usages.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(notes.filter((n) => n.origin === 'goodwill').length).toBeGreaterThanOrEqual(3);
    expect(notes.filter((n) => n.origin === 'return').length).toBeGreaterThanOrEqual(3);
  });
});

describe('reservations', () => {
  it('reserve a variant of a published product in a boutique, on the 2-hour and 2-day clocks', () => {
    const products = byId(db.products);
    const stores = byId(db.stores);
    const customers = byId(db.customers);
    for (const res of db.reservations) {
      const product = products.get(res.productId)!;
      expect(product.status).toBe('published');
      const variant = product.variants.find((v) => v.sku === res.sku)!;
      expect(res).toMatchObject({ size: variant.size, colour: variant.colour });
      expect(stores.has(res.storeId) && customers.has(res.customerId)).toBe(true);
      expect([1, 2]).toContain(res.quantity);
      expect(res.reference).toMatch(/^RES-\d{2}-\d{6}$/);
      expect(res.confirmBy).toBe(confirmBy(res.requestedAt));
      expect(res.holdUntil).toBe(res.confirmedAt === null ? null : holdUntil(res.confirmedAt));
      if (res.confirmedAt) expect(res.confirmedAt > res.requestedAt).toBe(true);
      const answered = ['confirmed', 'collected', 'expired'].includes(res.status);
      if (answered) expect(res.confirmedAt).not.toBeNull();
      if (res.status === 'pending' || res.status === 'unavailable')
        expect(res.confirmedAt).toBeNull();
      expect(res.collectedAt !== null).toBe(res.status === 'collected');
      if (res.collectedAt) expect(res.collectedAt <= res.holdUntil!).toBe(true);
      if (res.status === 'confirmed') expect(Date.parse(res.holdUntil!)).toBeGreaterThan(now);
      if (res.status === 'expired') expect(Date.parse(res.holdUntil!)).toBeLessThan(now);
    }
  });

  it('exist in every status, some pending past their promise and some confirmed late', () => {
    const reservations = db.reservations;
    expectEvery(
      countBy(reservations, (r) => r.status),
      RESERVATION_STATUSES,
      2,
    );
    for (const status of ['pending', 'confirmed', 'collected', 'expired']) {
      expect(reservations.filter((r) => r.status === status).length).toBeGreaterThanOrEqual(3);
    }
    const pending = reservations.filter((r) => r.status === 'pending');
    expect(pending.filter((r) => isConfirmPromiseMissed(r, NOW)).length).toBeGreaterThanOrEqual(3);
    expect(pending.filter((r) => !isConfirmPromiseMissed(r, NOW)).length).toBeGreaterThanOrEqual(3);
    const confirmed = reservations.filter((r) => r.confirmedAt !== null);
    expect(confirmed.filter((r) => !confirmedInTime(r)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('contact requests', () => {
  const requests = () => db['contact-requests'];
  const staffIds = () =>
    new Set(db.users.filter((u) => u.role === 'support' || u.role === 'admin').map((u) => u.id));
  const count = (test: (request: ContactRequest) => boolean) => requests().filter(test).length;
  const answeredAgain = (r: ContactRequest) =>
    r.messages.some(
      (m, i) => m.direction === 'in' && r.messages.slice(1, i).some((o) => o.direction === 'out'),
    );
  const weekday = (at: string) => new Date(`${parisDate(at)}T12:00:00Z`).getUTCDay();

  it('promise the first reply 8 business hours after receipt, and start the thread with the message', () => {
    expect(requests().length).toBeGreaterThan(50);
    for (const r of requests()) {
      expect(r.reference).toBe(`DEM-${r.receivedAt.slice(2, 4)}-${String(r.id).padStart(6, '0')}`);
      expect(r.firstReplyDueBy, r.reference).toBe(firstReplyDueBy(r.receivedAt));
      expect(r.messages[0]).toEqual({
        at: r.receivedAt,
        direction: 'in',
        userId: null,
        body: r.message,
      });
      expect(r.message).not.toBe('');
      r.messages.forEach((m, i) => i > 0 && expect(m.at >= r.messages[i - 1].at).toBe(true));
      expect(r.firstRepliedAt).toBe(r.messages.find((m) => m.direction === 'out')?.at ?? null);
      expect(r.intakeKeys).toEqual([]);
    }
  });

  it('carry what each status implies, written by support or the admin', () => {
    const staff = staffIds();
    for (const r of requests()) {
      const said = r.messages.filter((m) => m.direction !== 'note');
      const last = said.at(-1)!;
      if (r.status === 'new') {
        expect(r).toMatchObject({ channel: 'form', assigneeId: null });
        expect(r.messages).toHaveLength(1);
      } else if (r.status !== 'open') {
        expect(staff.has(r.assigneeId!), r.reference).toBe(true);
      }
      if (r.assigneeId !== null) expect(staff.has(r.assigneeId)).toBe(true);
      if (r.status === 'waiting_customer') expect(last.direction).toBe('out');
      if (r.status === 'open') expect(said.length === 1 || last.direction === 'in').toBe(true);
      expect(r.resolvedAt !== null).toBe(r.status === 'resolved');
      if (r.resolvedAt) expect(r.resolvedAt >= r.messages.at(-1)!.at).toBe(true);
      for (const m of r.messages.slice(1)) {
        if (m.direction !== 'in') expect(staff.has(m.userId!), r.reference).toBe(true);
      }
    }
  });

  it('are recorded by staff in opening hours, but for the form; social ones name their network', () => {
    for (const r of requests()) {
      expect(r.network !== null).toBe(r.channel === 'social');
      if (r.channel !== 'form') expect(isWithinBusinessHours(r.receivedAt), r.reference).toBe(true);
      if (r.phone !== null) expect(r.phone).toMatch(/^0[67]( \d\d){4}$/);
      expect(isValidEmail(r.email)).toBe(true);
    }
  });

  it('link the customer by e-mail and the order by reference, as the server does', () => {
    const customers = new Map(db.customers.map((c) => [c.email.toLowerCase(), c]));
    const orders = new Map(db.orders.map((o) => [o.reference, o]));
    for (const r of requests()) {
      const customer = customers.get(r.email.toLowerCase());
      const order = r.orderReference === null ? undefined : orders.get(r.orderReference);
      if (r.orderReference !== null) expect(isOrderReference(r.orderReference)).toBe(true);
      expect(r.customerId).toBe(customer?.id ?? null);
      expect(r.orderId).toBe(order && order.customerId === r.customerId ? order.id : null);
      expect(r.orderMismatch).toBe(!!order && r.orderId === null);
      if (customer)
        expect([r.firstName, r.lastName]).toEqual([customer.firstName, customer.lastName]);
    }
    expect(count((r) => r.orderId !== null)).toBeGreaterThan(requests().length / 3);
  });

  it('hold every status, channel, network and reason, order tracking the most', () => {
    expectEvery(
      countBy(requests(), (r) => r.status),
      CONTACT_REQUEST_STATUSES,
    );
    expectEvery(
      countBy(requests(), (r) => r.channel),
      CONTACT_CHANNELS,
    );
    expectEvery(
      countBy(
        requests().filter((r) => r.channel === 'social'),
        (r) => r.network!,
      ),
      ['facebook', 'instagram', 'twitter'],
    );
    const reasons = countBy(requests(), (r) => r.reason);
    expectEvery(reasons, CONTACT_REASONS);
    expect(Math.max(...Object.values(reasons))).toBe(reasons.order_tracking);
  });

  it('hold the cases the inbox turns on', () => {
    expect(count((r) => isFirstReplyOverdue(r, NOW))).toBeGreaterThanOrEqual(3);
    const outOfHours = requests().filter((r) => !isWithinBusinessHours(r.receivedAt));
    expect(
      outOfHours.filter((r) => [0, 6].includes(weekday(r.receivedAt))).length,
    ).toBeGreaterThanOrEqual(1);
    expect(
      outOfHours.filter((r) => ![0, 6].includes(weekday(r.receivedAt))).length,
    ).toBeGreaterThanOrEqual(1);
    expect(outOfHours.length).toBeGreaterThanOrEqual(3);
    const typed = requests().filter((r) => r.orderReference !== null && r.orderId === null);
    expect(
      typed.filter((r) => r.customerId !== null && !r.orderMismatch).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      typed.filter((r) => r.customerId !== null && r.orderMismatch).length,
    ).toBeGreaterThanOrEqual(3);
    expect(count((r) => r.customerId === null)).toBeGreaterThanOrEqual(3);
    expect(count((r) => r.status === 'open' && answeredAgain(r))).toBeGreaterThanOrEqual(3);
    expect(count((r) => r.status === 'open' && r.assigneeId === null)).toBeGreaterThanOrEqual(2);
    expect(count((r) => r.messages.some((m) => m.direction === 'note'))).toBeGreaterThanOrEqual(3);
    expect(
      count((r) => r.status === 'resolved' && r.firstRepliedAt === null),
    ).toBeGreaterThanOrEqual(2);
    const replied = requests().filter((r) => r.firstRepliedAt !== null);
    const withinPromise = replied.filter(firstReplyWithinPromise).length / replied.length;
    expect(withinPromise).toBeGreaterThan(0.75);
    expect(withinPromise).toBeLessThan(0.95);
  });

  it('come in over the seeded period, more of them in the last weeks', () => {
    const received = requests().map((r) => Date.parse(r.receivedAt));
    expect(Math.min(...received)).toBeLessThan(now - 180 * DAY);
    expect(Math.max(...received)).toBeLessThanOrEqual(now);
    const lastFourWeeks = received.filter((at) => at > now - 28 * DAY).length;
    expect(lastFourWeeks / received.length).toBeGreaterThan(0.15);
  });
});

describe('history', () => {
  type Step = Pick<AuditEvent, 'at' | 'userId' | 'role' | 'action' | 'fromStatus' | 'toStatus'>;

  const historyOf = (resource: ResourceName, recordId: number) =>
    db['audit-events'].filter((e) => e.resource === resource && e.recordId === recordId);
  const stepsOf = (resource: ResourceName, recordId: number): Step[] =>
    historyOf(resource, recordId).map(({ at, userId, role, action, fromStatus, toStatus }) => ({
      at,
      userId,
      role,
      action,
      fromStatus,
      toStatus,
    }));
  const staff = (role: Role) => ({ userId: db.users.find((u) => u.role === role)!.id, role });
  const SYSTEM = { userId: null, role: 'system' } as const;
  const created = (at: string, toStatus: string): Step => ({
    at,
    ...SYSTEM,
    action: 'create',
    fromStatus: null,
    toStatus,
  });
  const moved = (
    at: string,
    actor: Pick<Step, 'userId' | 'role'>,
    fromStatus: string,
    toStatus: string,
  ): Step => ({ at, ...actor, action: 'transition', fromStatus, toStatus });

  function several<T>(records: readonly T[], test: (record: T) => boolean): T[] {
    const found = records.filter(test);
    expect(found.length).toBeGreaterThanOrEqual(3);
    return found;
  }

  it('numbers the events from 1 in time order, none after now, so that the server’s follow', () => {
    const events = db['audit-events'];
    expect(events.length).toBeGreaterThan(1000);
    events.forEach((event, i) => {
      expect(event.id).toBe(i + 1);
      if (i > 0) expect(event.at >= events[i - 1].at, `event ${event.id}`).toBe(true);
    });
    expect(Date.parse(events.at(-1)!.at)).toBeLessThanOrEqual(now);
  });

  it('tells every record with a lifecycle from its creation to its status, one move after the other', () => {
    const lifecycles: [ResourceName, readonly { id: number; status: string }[]][] = [
      ['orders', db.orders],
      ['returns', db.returns],
      ['credit-notes', db['credit-notes']],
      ['reservations', db.reservations],
      ['klub-members', db['klub-members']],
      ['contact-requests', db['contact-requests']],
    ];
    for (const [resource, records] of lifecycles) {
      const byRecord = new Map<number, AuditEvent[]>();
      for (const event of db['audit-events'].filter((e) => e.resource === resource)) {
        byRecord.set(event.recordId, [...(byRecord.get(event.recordId) ?? []), event]);
      }
      for (const record of records) {
        const [first, ...rest] = byRecord.get(record.id) ?? [];
        const name = `${resource} ${record.id}`;
        expect(first?.action, name).toBe('create');
        let last = first;
        for (const event of rest) {
          expect(event.fromStatus, name).toBe(last.toStatus);
          expect(event.at >= last.at, name).toBe(true);
          last = event;
        }
        expect(last.toStatus, name).toBe(record.status);
      }
    }
  });

  it('dates a refused order’s refusal: the payment was refused by the system as it was placed', () => {
    for (const order of several(db.orders, (o) => o.status === 'refused')) {
      expect(stepsOf('orders', order.id)).toEqual([
        created(order.placedAt, 'placed'),
        moved(order.placedAt, SYSTEM, 'placed', 'refused'),
      ]);
      const [, refusal] = historyOf('orders', order.id);
      expect(refusal.changes.payment).toEqual([
        { ...order.payment, status: 'authorised' },
        order.payment,
      ]);
    }
  });

  it('ships an order by the warehouse at its shippedAt, with the tracking number and the capture', () => {
    for (const order of several(db.orders, (o) => o.status === 'shipped')) {
      expect(stepsOf('orders', order.id)).toEqual([
        created(order.placedAt, 'placed'),
        moved(order.shippedAt!, staff('warehouse'), 'placed', 'shipped'),
      ]);
      const { changes } = historyOf('orders', order.id)[1];
      expect(changes.shippedAt).toEqual([null, order.shippedAt]);
      expect(changes.delivery).toEqual([
        { ...order.delivery, trackingNumber: null, trackingUrl: null },
        order.delivery,
      ]);
      expect(changes.payment).toEqual([
        { ...order.payment, status: 'authorised', capturedAt: null },
        order.payment,
      ]);
    }
    for (const order of several(db.orders, (o) => o.status === 'delivered')) {
      expect(stepsOf('orders', order.id).slice(0, 3)).toEqual([
        created(order.placedAt, 'placed'),
        moved(order.shippedAt!, staff('warehouse'), 'placed', 'shipped'),
        moved(order.deliveredAt!, SYSTEM, 'shipped', 'delivered'),
      ]);
    }
  });

  it('receives a return by the account that inspected it, at its receivedAt, with each condition', () => {
    for (const ret of several(db.returns, (r) => r.status === 'received')) {
      expect(stepsOf('returns', ret.id)).toEqual([
        created(ret.requestedAt, 'authorised'),
        moved(ret.receivedAt!, staff('warehouse'), 'authorised', 'received'),
      ]);
      expect(ret.receivedBy).toBe(staff('warehouse').userId);
      const { changes } = historyOf('returns', ret.id)[1];
      expect(changes).toMatchObject({
        receivedAt: [null, ret.receivedAt],
        receivedBy: [null, ret.receivedBy],
        refundDueBy: [null, ret.refundDueBy],
        lines: [ret.lines.map((line) => ({ ...line, condition: null })), ret.lines],
      });
    }
  });

  it('credits a return by support at its refundedAt, the credit note issued in the same moment', () => {
    for (const ret of several(db.returns, (r) => r.status === 'credited')) {
      expect(stepsOf('returns', ret.id)).toEqual([
        created(ret.requestedAt, 'authorised'),
        moved(ret.receivedAt!, staff('warehouse'), 'authorised', 'received'),
        moved(ret.refundedAt!, staff('support'), 'received', 'credited'),
      ]);
      expect(historyOf('returns', ret.id)[2].changes.creditNoteId).toEqual([
        null,
        ret.creditNoteId,
      ]);
      expect(stepsOf('credit-notes', ret.creditNoteId!)[0]).toEqual({
        ...created(ret.refundedAt!, 'open'),
        ...staff('support'),
      });
    }
  });

  it('tells a form request: sent by the website, opened, answered and resolved by its assignee', () => {
    const actor = (userId: number | null) => ({
      userId,
      role: db.users.find((u) => u.id === userId)!.role,
    });
    const answered = several(
      db['contact-requests'],
      (r) =>
        r.channel === 'form' &&
        r.status === 'resolved' &&
        r.messages.map((m) => m.direction).join() === 'in,out',
    );
    for (const r of answered) {
      const assignee = actor(r.assigneeId);
      const steps = stepsOf('contact-requests', r.id);
      expect(steps[0]).toEqual(created(r.receivedAt, 'new'));
      expect(steps[1]).toMatchObject({ action: 'transition', fromStatus: 'new', toStatus: 'open' });
      expect(steps.at(-2)).toEqual(moved(r.firstRepliedAt!, assignee, 'open', 'waiting_customer'));
      expect(steps.at(-1)).toEqual(moved(r.resolvedAt!, assignee, 'waiting_customer', 'resolved'));
      const [reply, resolution] = historyOf('contact-requests', r.id).slice(-2);
      expect(reply.changes).toMatchObject({
        messages: [r.messages.slice(0, 1), r.messages],
        firstRepliedAt: [null, r.firstRepliedAt],
      });
      expect(resolution.changes).toMatchObject({ resolvedAt: [null, r.resolvedAt] });
    }
    for (const r of several(db['contact-requests'], (r) => r.channel !== 'form')) {
      expect(stepsOf('contact-requests', r.id)[0]).toEqual({
        ...created(r.receivedAt, 'open'),
        ...actor(r.assigneeId),
      });
    }
  });

  it('keeps the history of the records created since a date only, when asked (the large scale)', () => {
    const since = now - 30 * DAY;
    const { 'audit-events': _all, ...records } = db;
    const recent = generateHistory(records, {
      since,
      now,
      rng: createRng(7, 'history'),
      reservationEnds: new Map(),
      contactOpenings: new Map(),
    });
    const sinceIso = new Date(since).toISOString();
    const ordered = new Set(recent.filter((e) => e.resource === 'orders').map((e) => e.recordId));
    expect(ordered.size).toBeGreaterThan(0);
    expect(ordered).toEqual(
      new Set(db.orders.filter((o) => o.placedAt >= sinceIso).map((o) => o.id)),
    );
    expect(recent.every((event) => event.at >= sinceIso)).toBe(true);
  });
});
