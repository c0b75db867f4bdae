import {
  isSalesPeriod,
  orderTotals,
  paymentAfterTransition,
  promisedBy,
} from '../../src/domain/orders';
import { promoDiscountCents } from '../../src/domain/promo';
import type { CardBrand, Order, OrderLine, Payment } from '../../src/domain/types';
import type { AfterSales, ScriptedReturn } from './afterSales';
import type { Sellable } from './catalogue';
import { DAY, iso, perUtcHour, shiftPerUtcHour } from './clock';
import type { Population } from './customers';
import { FREE_SHIPPING_FROM_CENTS, shippingFeeCents } from '../../src/domain/shipping';
import { Deliveries, MODES } from './delivery';
import { klubMemberAt, type Klub } from './klub';
import { GOODWILL_REASONS, type CreditLedger } from './ledger';
import type { Pools } from './people';
import { flat, yearlyReference } from './refs';
import type { Rng } from './rng';
import { progress, type Timings } from './timeline';

/** A steered order, placed `daysAgo` before `now`. */
export interface ScriptedOrder extends Timings {
  daysAgo: number;
  /** A goodwill note issued before the order that covers all of it, or only part. */
  goodwill?: 'covers' | 'part';
  ret?: ScriptedReturn;
}

export interface OrderPlan {
  placedAt: number;
  /** The customer (by index) of a steered order; random ones pick a customer of the time. */
  customer: number | null;
  script: ScriptedOrder | null;
}

export interface OrderContext {
  rng: Rng;
  pools: Pools;
  now: number;
  sellable: Sellable[];
  population: Population;
  setAside: ReadonlySet<number>;
  klub: Klub;
  ledger: CreditLedger;
  afterSales: AfterSales;
}

const CARD_BRANDS: readonly (readonly [CardBrand, number])[] = [
  ['cb', 5],
  ['visa', 3],
  ['mastercard', 2],
];

const LINE_COUNTS: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 30],
  [3, 14],
  [4, 6],
];

/** Makes the orders in time order, spending credit notes and opening returns as time goes. */
class OrderMaker {
  private readonly rng: Rng;
  private readonly salesAt = perUtcHour(isSalesPeriod);
  private readonly promiseOf = shiftPerUtcHour(promisedBy);
  private readonly deliveries: Deliveries;
  private readonly placedBefore: Uint32Array;
  private registered = 0;
  private launched = 0;

  constructor(private readonly ctx: OrderContext) {
    this.rng = ctx.rng;
    this.deliveries = new Deliveries(ctx.rng, ctx.pools, ctx.population);
    this.placedBefore = new Uint32Array(ctx.population.customers.length);
  }

  make({ placedAt, customer, script }: OrderPlan, id: number): Order {
    const { rng, ctx } = this;
    const index = customer ?? this.customerAt(placedAt);
    const customerId = ctx.population.customers[index].id;
    const placedIso = iso(placedAt);
    const sales = this.salesAt(placedAt);
    const lines = this.lines(placedAt, sales, script !== null);
    const { subtotalCents } = orderTotals(lines, 0, 0);
    const promoCode = script ? null : this.promoCode(index, placedAt, sales);
    const discountCents = promoDiscountCents(promoCode, subtotalCents);
    const mode = rng.weighted(MODES);
    const shipping = shippingFeeCents(mode, subtotalCents - discountCents);
    const { totalCents } = orderTotals(lines, discountCents, shipping);
    const { status, shippedAt, deliveredAt } = progress(rng, placedAt, sales, ctx.now, script);
    if (script?.goodwill) this.goodwillBefore(customerId, placedAt, totalCents, script.goodwill);
    const payable = status !== 'refused' && status !== 'cancelled';
    const authorised = this.authorise(id, customerId, placedIso, totalCents, payable, script);
    const shippedIso = shippedAt === null ? null : iso(shippedAt);
    const payment =
      status === 'refused'
        ? paymentAfterTransition(authorised, 'refused', placedIso)
        : shippedIso !== null
          ? paymentAfterTransition(authorised, 'shipped', shippedIso)
          : authorised;
    if (payment.creditNoteIds.length > 0) ctx.ledger.payments.push(payment);
    const order: Order = {
      id,
      reference: yearlyReference('CMD', id, placedIso),
      customerId,
      placedAt: placedIso,
      status,
      lines,
      subtotalCents,
      promoCode,
      discountCents,
      shippingFeeCents: shipping,
      totalCents,
      payment,
      delivery: this.deliveries.to(index, mode, shippedAt !== null),
      promisedBy: iso(this.promiseOf(placedAt)),
      shippedAt: shippedIso,
      deliveredAt: deliveredAt === null ? null : iso(deliveredAt),
      salesPeriod: sales,
      version: 1,
    };
    this.placedBefore[index]++;
    if (status === 'delivered') {
      ctx.afterSales.afterDelivery(order, ctx.klub.memberOf[index], script?.ret ?? null);
    }
    return order;
  }

  /** A customer who had an account by then, not one set aside for a steered case. */
  private customerAt(at: number): number {
    const { createdMs } = this.ctx.population;
    while (this.registered < createdMs.length && createdMs[this.registered] <= at) {
      this.registered++;
    }
    let index = this.rng.int(0, this.registered - 1);
    while (this.ctx.setAside.has(index)) index = this.rng.int(0, this.registered - 1);
    return index;
  }

  /** A product on sale at `at`: created by then (they come in creation order), not archived yet. */
  private onSaleAt(at: number): Sellable {
    const { sellable } = this.ctx;
    while (this.launched < sellable.length && sellable[this.launched].from <= at) this.launched++;
    for (let tries = 0; tries < 40; tries++) {
      const item = sellable[this.rng.int(0, this.launched - 1)];
      if (at < item.until) return item;
    }
    return sellable.find((item) => item.from <= at && at < item.until)!;
  }

  /**
   * One to four different variants at the price of the day. A steered order gets lines of 20 euros
   * or more until it ships free, so that its refund can go back in full.
   */
  private lines(at: number, sales: boolean, scripted: boolean): OrderLine[] {
    const rng = this.rng;
    const count = scripted ? Infinity : rng.weighted(LINE_COUNTS);
    const lines: OrderLine[] = [];
    let subtotal = 0;
    while (lines.length < count && !(scripted && subtotal >= FREE_SHIPPING_FROM_CENTS)) {
      const { product, markdownFrom } = this.onSaleAt(at);
      const variant = rng.pick(product.variants);
      if (lines.some((line) => line.sku === variant.sku)) continue;
      const marked = product.salePriceCents !== null && (sales || at >= markdownFrom);
      const unitPriceCents = marked ? product.salePriceCents! : product.priceCents;
      if (scripted && unitPriceCents < 2000) continue;
      lines.push({
        productId: product.id,
        sku: variant.sku,
        name: product.name,
        size: variant.size,
        colour: variant.colour,
        quantity: !scripted && rng.chance(0.12) ? 2 : 1,
        unitPriceCents,
      });
      subtotal = orderTotals(lines, 0, 0).subtotalCents;
    }
    return lines;
  }

  /** One order in eight carries a code the customer was entitled to. */
  private promoCode(index: number, at: number, sales: boolean): string | null {
    if (!this.rng.chance(0.12)) return null;
    const codes = ['DENIM5'];
    if (this.placedBefore[index] === 0) codes.push('BIENVENUE10');
    if (klubMemberAt(this.ctx.klub.memberOf[index], at)?.status === 'active') codes.push('KLUB15');
    if (sales) codes.push('SOLDES20');
    return this.rng.pick(codes);
  }

  /** The note a steered order is paid with, issued twelve days before. */
  private goodwillBefore(
    customerId: number,
    at: number,
    totalCents: number,
    covers: 'covers' | 'part',
  ) {
    this.ctx.ledger.issue({
      customerId,
      origin: 'goodwill',
      returnId: null,
      reason: this.rng.pick(GOODWILL_REASONS),
      amountCents:
        covers === 'covers'
          ? Math.ceil(totalCents / 500) * 500 + 1500
          : Math.floor((totalCents - 300) / 500) * 500,
      issuedAt: at - 12 * DAY,
    });
  }

  /**
   * Open credit notes pay first, most of the time (always for a steered order with a goodwill
   * note); the card or PayPal is authorised for the rest. A refused or cancelled order keeps none.
   */
  private authorise(
    id: number,
    customerId: number,
    at: string,
    totalCents: number,
    payable: boolean,
    script: ScriptedOrder | null,
  ): Payment {
    const { rng, ctx } = this;
    const notes = payable ? ctx.ledger.openNotes(customerId, Date.parse(at)) : [];
    const spent =
      notes.length > 0 && (script ? script.goodwill !== undefined : rng.chance(0.7))
        ? ctx.ledger.spend(notes, totalCents, id, at)
        : { creditNoteIds: [], appliedCents: 0 };
    const chargedCents = totalCents - spent.appliedCents;
    const method = chargedCents === 0 ? 'credit_note' : rng.chance(0.75) ? 'card' : 'paypal';
    const day = at.slice(0, 10).replaceAll('-', '');
    const transactionId = flat('PAYLINE-', day, '-', String(id).padStart(8, '0'));
    return {
      method,
      cardBrand: method === 'card' ? rng.weighted(CARD_BRANDS) : null,
      provider: 'payline',
      transactionId,
      creditNoteIds: spent.creditNoteIds,
      creditAppliedCents: spent.appliedCents,
      chargedCents,
      status: 'authorised',
      capturedAt: null,
      refunds: [],
    };
  }
}

/** `onMade` hears how many orders are made, every 1,000 (the progress of the generation). */
export function generateOrders(
  ctx: OrderContext,
  plans: readonly OrderPlan[],
  onMade?: (count: number) => void,
): Order[] {
  const maker = new OrderMaker(ctx);
  return plans.map((plan, i) => {
    if (i > 0 && i % 1000 === 0) onMade?.(i);
    return maker.make(plan, i + 1);
  });
}
