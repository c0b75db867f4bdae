import {
  paidUnitPriceCents,
  receptionOutcome,
  refundAmountCents,
  refundDueBy,
  remainingQuantities,
  returnWindowClosesOn,
  returnShippingFeeCents,
  splitRefund,
  type SkuQuantities,
} from '../../src/domain/returns';
import { paymentAfterRefund, refundedCents } from '../../src/domain/orders';
import type {
  ItemCondition,
  KlubMember,
  Order,
  Payment,
  Resolution,
  ReturnAuthorisation,
  ReturnLine,
  ReturnReason,
} from '../../src/domain/types';
import { parisDate } from '../../src/domain/dates';
import { HOUR, iso, perUtcHour, shiftPerUtcHour } from './clock';
import { klubMemberAt } from './klub';
import type { CreditLedger } from './ledger';
import type { Rng } from './rng';

/** A return told in hours from the delivery, each step from the previous one. */
export interface ScriptedReturn {
  afterDeliveryHours: number;
  /** null: cancelled before the parcel was sent back. */
  receivedAfterHours: number | null;
  /** null: no refund yet. */
  refundedAfterHours: number | null;
  resolution: Resolution;
  resalable: boolean;
}

interface ReturnStory {
  requestedAt: number;
  lines: ReturnLine[];
  resolution: Resolution;
  receivedAfter: number | null;
  refundedAfter: number | null;
  conditions: ItemCondition[];
}

const REASONS: readonly (readonly [ReturnReason, number])[] = [
  ['size_too_small', 24],
  ['size_too_large', 24],
  ['changed_mind', 20],
  ['not_as_described', 12],
  ['defective', 10],
  ['other', 10],
];

const FLAWS: readonly ItemCondition[] = ['worn', 'damaged', 'missing_tags'];

const STAFF_NOTES = [
  'Client prévenu par e-mail.',
  'Le client souhaite une autre taille : nouvelle commande conseillée.',
  'Étiquette de retour renvoyée à la demande du client.',
  'Colis déposé en point relais selon le client.',
];
const REJECTION_NOTE = 'Articles portés ou sans étiquette : retour refusé, client informé.';

/** Returns of delivered orders, and the refunds and credit notes they lead to. */
export class AfterSales {
  /** Payments that refunds went back to: their refunds name returns, renumbered at the end. */
  readonly refundedPayments = new Set<Payment>();
  readonly returns: ReturnAuthorisation[] = [];
  private readonly dueBy = shiftPerUtcHour(refundDueBy);
  private readonly windowClosesOn = perUtcHour(returnWindowClosesOn);
  private readonly parisDay = perUtcHour(parisDate);

  constructor(
    private readonly rng: Rng,
    private readonly ledger: CreditLedger,
    private readonly warehouseUserId: number,
    private readonly now: number,
  ) {}

  /** About one delivered order in five comes back, sometimes in two returns. */
  afterDelivery(order: Order, member: KlubMember | null, script: ScriptedReturn | null): void {
    const rng = this.rng;
    if (script) {
      this.open(order, member, [], this.scripted(order, script));
      return;
    }
    if (!rng.chance(0.2)) return;
    const first = this.open(order, member, [], (remaining) => this.random(order, remaining, 0));
    if (first && rng.chance(0.1)) {
      const after = Date.parse(first.requestedAt) - Date.parse(order.deliveredAt!);
      this.open(order, member, [first], (remaining) => this.random(order, remaining, after));
    }
  }

  private scripted(order: Order, script: ScriptedReturn) {
    return (remaining: SkuQuantities): ReturnStory => {
      const lines = order.lines.map((line) => this.line(order, line.sku, remaining[line.sku]));
      return {
        requestedAt: Date.parse(order.deliveredAt!) + script.afterDeliveryHours * HOUR,
        lines,
        resolution: script.resolution,
        receivedAfter: script.receivedAfterHours === null ? null : script.receivedAfterHours * HOUR,
        refundedAfter: script.refundedAfterHours === null ? null : script.refundedAfterHours * HOUR,
        conditions: lines.map(() => (script.resalable ? 'resalable' : 'worn')),
      };
    };
  }

  /** Most returns are asked for within days; some near the end of the window, or too late. */
  private random(order: Order, remaining: SkuQuantities, notBefore: number): ReturnStory {
    const rng = this.rng;
    const skus = Object.keys(remaining).filter((sku) => remaining[sku] > 0);
    const count = Math.min(
      skus.length,
      rng.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const),
    );
    const lines: ReturnLine[] = [];
    while (lines.length < count) {
      const sku = skus.splice(rng.int(0, skus.length - 1), 1)[0];
      lines.push(this.line(order, sku, rng.int(1, remaining[sku])));
    }
    const late = rng.chance(0.1);
    const slow = rng.next();
    return {
      requestedAt:
        Date.parse(order.deliveredAt!) +
        notBefore +
        (late ? rng.int(11 * 24, 15 * 24) : rng.int(2, 6 * 24)) * HOUR,
      lines,
      resolution: rng.chance(0.6) ? 'refund' : 'credit_note',
      receivedAfter: rng.chance(0.06) ? null : rng.int(2 * 24, 9 * 24) * HOUR,
      refundedAfter:
        (slow < 0.7
          ? rng.int(1, 7 * 24)
          : slow < 0.9
            ? rng.int(7 * 24, 13 * 24)
            : rng.int(15 * 24, 24 * 24)) * HOUR,
      conditions: lines.map(() => (rng.chance(0.92) ? 'resalable' : rng.pick(FLAWS))),
    };
  }

  private line(order: Order, sku: string, quantity: number): ReturnLine {
    const ordered = order.lines.find((line) => line.sku === sku)!;
    return {
      sku,
      productId: ordered.productId,
      name: ordered.name,
      quantity,
      unitPriceCents: paidUnitPriceCents(ordered.unitPriceCents, order),
      reason: this.rng.weighted(REASONS),
      condition: null,
    };
  }

  /**
   * Opens the return if it was asked for by the last day of the window and has something left to
   * return, then moves it on as far as `now` permits.
   */
  private open(
    order: Order,
    member: KlubMember | null,
    held: ReturnAuthorisation[],
    tell: (remaining: SkuQuantities) => ReturnStory,
  ): ReturnAuthorisation | null {
    const story = tell(remainingQuantities(order, held));
    const closesOn = this.windowClosesOn(Date.parse(order.deliveredAt!));
    if (story.requestedAt > this.now || this.parisDay(story.requestedAt) > closesOn) return null;
    if (story.lines.length === 0) return null;
    const ret = this.progress(order, member, story);
    this.returns.push(ret);
    return ret;
  }

  private progress(
    order: Order,
    member: KlubMember | null,
    story: ReturnStory,
  ): ReturnAuthorisation {
    const requestedAt = story.requestedAt;
    const ret: ReturnAuthorisation = {
      id: this.returns.length + 1,
      reference: '',
      orderId: order.id,
      customerId: order.customerId,
      requestedAt: iso(requestedAt),
      status: 'authorised',
      lines: story.lines,
      resolution: story.resolution,
      returnShippingFeeCents: returnShippingFeeCents(klubMemberAt(member, requestedAt)),
      receivedAt: null,
      receivedBy: null,
      refundDueBy: null,
      refundAmountCents: null,
      refundedAt: null,
      creditNoteId: null,
      notes: this.rng.chance(0.25) ? this.rng.pick(STAFF_NOTES) : '',
      version: 1,
    };
    if (story.receivedAfter === null) return { ...ret, status: 'cancelled' };
    const receivedAt = requestedAt + story.receivedAfter;
    if (receivedAt > this.now) return ret;
    const lines = story.lines.map((line, i) => ({ ...line, condition: story.conditions[i] }));
    const received = {
      ...ret,
      lines,
      receivedAt: iso(receivedAt),
      receivedBy: this.warehouseUserId,
    };
    if (receptionOutcome(lines) === 'rejected') {
      return { ...received, status: 'rejected', refundAmountCents: 0, notes: REJECTION_NOTE };
    }
    const amount = refundAmountCents(lines, ret.returnShippingFeeCents);
    const waiting: ReturnAuthorisation = {
      ...received,
      status: 'received',
      refundDueBy: iso(this.dueBy(receivedAt)),
      refundAmountCents: amount,
    };
    const refundedAt = story.refundedAfter === null ? Infinity : receivedAt + story.refundedAfter;
    if (refundedAt > this.now) return waiting;
    return story.resolution === 'credit_note'
      ? this.credit(waiting, amount, refundedAt)
      : this.refund(order, waiting, amount, refundedAt);
  }

  private credit(ret: ReturnAuthorisation, amount: number, at: number): ReturnAuthorisation {
    const note = this.ledger.issue({
      customerId: ret.customerId,
      origin: 'return',
      returnId: ret.id,
      reason: null,
      amountCents: amount,
      issuedAt: at,
    });
    return { ...ret, status: 'credited', refundedAt: iso(at), creditNoteId: note.id };
  }

  /** Back to the card or PayPal first; a part paid with credit notes comes back as a new note. */
  private refund(
    order: Order,
    ret: ReturnAuthorisation,
    amount: number,
    at: number,
  ): ReturnAuthorisation {
    const { toPaymentCents, toCreditNoteCents } = splitRefund(amount, {
      chargedCents: order.payment.chargedCents - refundedCents(order.payment),
    });
    const note =
      toCreditNoteCents > 0
        ? this.ledger.issue({
            customerId: ret.customerId,
            origin: 'return',
            returnId: ret.id,
            reason: null,
            amountCents: toCreditNoteCents,
            issuedAt: at,
          })
        : null;
    if (toPaymentCents > 0) {
      const made = { returnId: ret.id, amountCents: toPaymentCents, at: iso(at) };
      // The same payment object: the ledger keeps it to renumber the notes it spent.
      Object.assign(order.payment, paymentAfterRefund(order.payment, made));
      this.refundedPayments.add(order.payment);
    }
    return { ...ret, status: 'refunded', refundedAt: iso(at), creditNoteId: note?.id ?? null };
  }
}
