import { FIRST_REPLY_BUSINESS_HOURS, statusAfterMessage } from '../../src/domain/contactRequests';
import {
  CONTACT_REASONS,
  type ContactChannel,
  type ContactMessage,
  type ContactReason,
  type Customer,
  type Id,
  type MessageDirection,
  type Order,
  type StoredContactRequest,
  type Timestamp,
  type UserAccount,
} from '../../src/domain/types';
import { DAY, HOUR, MINUTE, iso } from './clock';
import {
  againMessage,
  firstMessage,
  noteMessage,
  replyMessage,
  secondReplyMessage,
  type Subject,
} from './contactTexts';
import type { Channel, ContactScript, Link, Story } from './contactScripts';
import { registeredBy, type Population } from './customers';
import { OpeningHours } from './openingHours';
import { mobilePhone, type Pools } from './people';
import { flat, yearlyReference } from './refs';
import type { Rng } from './rng';
import { dayDrawer } from './timeline';

const REASONS: readonly (readonly [ContactReason, number])[] = [
  ['order_tracking', 28],
  ['parcel_not_found', 11],
  ['return', 12],
  ['refund', 10],
  ['exchange', 8],
  ['product_complaint', 6],
  ['payment', 5],
  ['account_login', 5],
  ['reservation', 4],
  ['klub', 3],
  ['newsletter', 3],
  ['other', 5],
];

/** The reasons in turn, the most frequent one more often. */
const ROUND: readonly ContactReason[] = ['order_tracking', 'order_tracking', ...CONTACT_REASONS];

const CHANNELS: readonly (readonly [Channel, number])[] = [
  [['form', null], 50],
  [['email', null], 22],
  [['phone', null], 16],
  [['social', 'instagram'], 6],
  [['social', 'facebook'], 5],
  [['social', 'twitter'], 1],
];

const ORDER_LINKS: readonly (readonly [Link, number])[] = [
  ['own', 78],
  ['none', 7],
  ['unknown', 5],
  ['other', 4],
  ['stranger', 6],
];
const OTHER_LINKS: readonly (readonly [Link, number])[] = [
  ['none', 88],
  ['stranger', 12],
];

/** When customers write (UTC hours): through the day and the evening, little at night. */
const HOURS = [
  0.5, 0.3, 0.2, 0.2, 0.3, 1, 3, 5, 6, 6, 6, 6, 6, 5, 5, 5, 5, 6, 7, 7, 6, 4, 2, 1,
].map((weight, hour) => [hour, weight] as const);

/** How often the customer leaves a phone number, by channel. */
const PHONE_GIVEN: Record<ContactChannel, number> = {
  form: 0.6,
  email: 0.2,
  phone: 1,
  social: 0.05,
};

/** Addresses at providers no customer uses: none of them is a customer's. */
const STRANGER_DOMAINS = ['icloud.com', 'wanadoo.fr', 'live.fr', 'neuf.fr', 'proton.me'];

/** Which order a customer writes about, by reason: placed within these days, in this state. */
interface OrderWanted {
  minDays: number;
  maxDays: number;
  /** The order as it stood when the customer wrote (`at`, ISO). */
  fits: (order: Order, at: Timestamp) => boolean;
}

const delivered = (order: Order, at: Timestamp) =>
  order.deliveredAt !== null && order.deliveredAt <= at;

const ORDER_WANTED: Partial<Record<ContactReason, OrderWanted>> = {
  order_tracking: {
    minDays: 1,
    maxDays: 12,
    fits: (order, at) =>
      (order.status === 'placed' || order.status === 'shipped' || order.status === 'delivered') &&
      !delivered(order, at),
  },
  parcel_not_found: {
    minDays: 3,
    maxDays: 25,
    fits: (order, at) =>
      delivered(order, at) && order.deliveredAt! >= iso(Date.parse(at) - 10 * DAY),
  },
  return: { minDays: 3, maxDays: 30, fits: delivered },
  exchange: { minDays: 3, maxDays: 30, fits: delivered },
  refund: { minDays: 10, maxDays: 60, fits: delivered },
  product_complaint: { minDays: 3, maxDays: 60, fits: delivered },
  payment: { minDays: 0, maxDays: 7, fits: () => true },
};

interface Draft {
  receivedAt: number;
  channel: Channel;
  reason: ContactReason;
  link: Link;
  story: Story;
}

/** What the customer typed, and the order they mean (for the texts). */
interface Written extends Pick<Customer, 'firstName' | 'lastName' | 'email' | 'phone'> {
  orderReference: string | null;
  meant: Order | null;
}

/** Staff in charge of a request: support, sometimes the admin. */
interface Staff {
  id: Id;
  firstName: string;
}

/** When a form request was first opened by staff, and whether by taking it. */
export interface ContactOpening {
  at: Timestamp;
  assigned: boolean;
}

export interface SeededContactRequests {
  requests: StoredContactRequest[];
  /** By request id, for the history: the moment that no field of the request keeps. */
  openings: ReadonlyMap<Id, ContactOpening>;
}

export interface ContactContext {
  orders: readonly Order[];
  population: Population;
  users: readonly UserAccount[];
  pools: Pools;
  /** The seeded period. */
  from: number;
  now: number;
}

/** `late`: the first reply comes after the promise (one in seven, whatever the draws). */
function randomStory(
  rng: Rng,
  channel: ContactChannel,
  reason: ContactReason,
  late: boolean,
): Story {
  const silent =
    (reason === 'newsletter' && rng.chance(0.5)) || (reason === 'other' && rng.chance(0.2));
  const openAfter =
    channel === 'form'
      ? rng.weighted([
          [rng.int(3, 60), 6],
          [rng.int(60, 240), 3],
          [rng.int(240, 420), 1],
        ])
      : 0;
  // Calls are answered as they are logged.
  const replyAfter = silent
    ? null
    : channel === 'phone'
      ? rng.int(2, 40)
      : late
        ? rng.int(490, 1600)
        : rng.int(openAfter + 5, Math.max(openAfter + 10, 470));
  const again = replyAfter !== null && rng.chance(0.3);
  const thanks = again && rng.chance(0.4);
  return {
    openAfter,
    readOnly: channel === 'form' && rng.chance(0.2),
    replyAfter,
    note: rng.chance(silent ? 0.6 : 0.25),
    againAfterHours: again ? rng.int(1, 72) : null,
    thanks,
    secondReplyAfter: again && !thanks ? rng.int(20, 600) : null,
    resolveAfter: silent ? rng.int(2, 30) : rng.chance(0.5) ? rng.int(1, 30) : rng.int(540, 2700),
    admin: rng.chance(0.15),
  };
}

/** More requests as orders grow, and up to three times as many in the last six weeks. */
function arrivals(rng: Rng, count: number, from: number, now: number): number[] {
  // Whole UTC days, for the hours of the day to fall where HOURS says.
  const start = Math.floor(from / DAY) * DAY;
  const days = Math.ceil((now - start) / DAY);
  const drawDay = dayDrawer(days, (day) => {
    const age = days - day;
    return (1 + (0.6 * day) / days) * (1 + 2 * Math.max(0, 1 - age / 42));
  });
  const times: number[] = [];
  while (times.length < count) {
    const at = start + drawDay(rng) * DAY + rng.weighted(HOURS) * HOUR + rng.int(0, HOUR - 1);
    if (at >= from && at < now) times.push(at);
  }
  return times;
}

/** One step of a request's story, at its moment. */
type Step =
  | { kind: 'open'; at: number; assign: boolean }
  | { kind: 'message'; at: number; direction: MessageDirection; byStaff: boolean; body: string }
  | { kind: 'resolve'; at: number };

class ContactDesk {
  private readonly hours: OpeningHours;
  private readonly support: Staff;
  private readonly admin: Staff;
  /** In time order, as they were placed. */
  private readonly orders: readonly Order[];

  constructor(
    private readonly rng: Rng,
    private readonly ctx: ContactContext,
  ) {
    this.hours = new OpeningHours(ctx.from - 7 * DAY, ctx.now + 7 * DAY);
    const staff = (role: UserAccount['role']): Staff => {
      const user = ctx.users.find((u) => u.role === role)!;
      return { id: user.id, firstName: user.fullName.split(' ')[0] };
    };
    this.support = staff('support');
    this.admin = staff('admin');
    this.orders = ctx.orders;
  }

  draft(
    receivedAt: number,
    channel: Channel,
    reason: ContactReason,
    link: Link,
    story: Story,
  ): Draft {
    // Staff record calls, e-mails and social messages in their working time.
    const at =
      channel[0] === 'form' ? receivedAt : this.hours.openAtOrBefore(receivedAt, this.rng.next());
    return { receivedAt: at, channel, reason, link, story };
  }

  randomDrafts(count: number): Draft[] {
    const rng = this.rng;
    return arrivals(rng, count, this.ctx.from, this.ctx.now).map((at, i) => {
      // The first ones go round every reason (order tracking three times) and every channel,
      // three times: the small scale holds several of each.
      const round = Math.floor(i / ROUND.length);
      const steered = round < 3;
      const reason = steered ? ROUND[i % ROUND.length] : rng.weighted(REASONS);
      const channel = steered ? CHANNELS[(i + round) % CHANNELS.length][0] : rng.weighted(CHANNELS);
      const link = rng.weighted(ORDER_WANTED[reason] ? ORDER_LINKS : OTHER_LINKS);
      const story = randomStory(rng, channel[0], reason, i % 7 === 3);
      return this.draft(at, channel, reason, link, story);
    });
  }

  scriptedDraft(script: ContactScript): Draft {
    const { now } = this.ctx;
    const { at } = script;
    const receivedAt =
      'minutesAgo' in at
        ? now - at.minutesAgo * MINUTE
        : this.hours.closingBefore(now, at.closingsAgo, at.weekend) + at.hoursAfter * HOUR;
    return this.draft(receivedAt, script.channel, script.reason, script.link, script.story);
  }

  /** The request as the server would hold it at `now`, having lived its story so far. */
  tell(draft: Draft, id: Id): { request: StoredContactRequest; opening: ContactOpening | null } {
    const { rng } = this;
    const { now } = this.ctx;
    const { receivedAt, reason, story } = draft;
    const [channel, network] = draft.channel;
    const at = iso(receivedAt);
    const who = this.who(draft);
    const shippedAt = who.meant?.shippedAt ?? null;
    const subject: Subject = {
      firstName: who.firstName,
      channel,
      orderReference: who.orderReference,
      orderUnknown: who.orderReference !== null && who.orderId === null,
      shipped: shippedAt !== null && shippedAt <= at,
      carrier: who.meant?.delivery.carrier ?? null,
      mode: who.meant?.delivery.mode ?? null,
      relayPointName: who.meant?.delivery.relayPointName ?? null,
    };
    const silent = story.replyAfter === null && story.resolveAfter !== null;
    const message = firstMessage(rng, reason, subject, silent);
    const assignee = story.admin ? this.admin : this.support;
    const staffChannel = channel !== 'form';
    const request: StoredContactRequest = {
      id,
      reference: yearlyReference('DEM', id, at),
      channel,
      network,
      receivedAt: at,
      orderReference: who.orderReference,
      firstName: who.firstName,
      lastName: who.lastName,
      email: who.email,
      phone: who.phone,
      reason,
      message,
      customerId: who.customerId,
      orderId: who.orderId,
      orderMismatch: who.orderMismatch,
      status: staffChannel ? 'open' : 'new',
      assigneeId: staffChannel ? assignee.id : null,
      // firstReplyDueBy(at), counted on the table: the rule itself reads the clock through Intl.
      firstReplyDueBy: iso(this.hours.add(receivedAt, FIRST_REPLY_BUSINESS_HOURS * HOUR)),
      firstRepliedAt: null,
      resolvedAt: null,
      messages: [{ at, direction: 'in', userId: null, body: message }],
      intakeKeys: [],
      version: 1,
    };
    let opening: ContactOpening | null = null;
    const facts = { silent, mismatch: who.orderMismatch };
    for (const step of this.steps(draft, subject, assignee, facts)) {
      if (!(step.at <= now)) break;
      const stepAt = iso(step.at);
      if (step.kind === 'open') {
        request.status = 'open';
        if (step.assign) request.assigneeId = assignee.id;
        opening = { at: stepAt, assigned: step.assign };
        continue;
      }
      // Whoever acts first on a request nobody has taken takes it.
      if (request.assigneeId === null && (step.kind === 'resolve' || step.byStaff)) {
        request.assigneeId = assignee.id;
      }
      if (step.kind === 'resolve') {
        request.status = 'resolved';
        request.resolvedAt = stepAt;
        continue;
      }
      const sent: ContactMessage = {
        at: stepAt,
        direction: step.direction,
        userId: step.byStaff ? assignee.id : null,
        body: step.body,
      };
      request.messages.push(sent);
      request.status = statusAfterMessage(request.status, step.direction);
      if (step.direction === 'out') request.firstRepliedAt ??= stepAt;
    }
    return { request, opening };
  }

  /** The story's steps in time order, the later ones possibly after now. */
  private steps(
    draft: Draft,
    subject: Subject,
    assignee: Staff,
    facts: { silent: boolean; mismatch: boolean },
  ): Step[] {
    const { rng } = this;
    const { receivedAt: received, reason, story } = draft;
    // Staff act at any second of the minute: a fraction keeps the steps in their order.
    const later = (ms: number, minutes: number) =>
      this.hours.add(ms, minutes * MINUTE + rng.int(0, MINUTE - 1));
    const form = draft.channel[0] === 'form';
    const steps: Step[] = [];
    const openAfter = form ? story.openAfter : 0;
    if (openAfter === null) return steps;
    if (form) steps.push({ kind: 'open', at: later(received, openAfter), assign: !story.readOnly });
    const staffSays = (at: number, direction: MessageDirection, body: string) =>
      steps.push({ kind: 'message', at, direction, byStaff: direction !== 'in', body });
    if (story.note) {
      const noteAfter =
        story.replyAfter === null
          ? openAfter + rng.int(5, 60)
          : openAfter + Math.floor((story.replyAfter - openAfter) / 2);
      staffSays(later(received, noteAfter), 'note', noteMessage(rng, reason, facts));
    }
    if (story.replyAfter !== null) {
      const repliedAt = later(received, story.replyAfter);
      staffSays(repliedAt, 'out', replyMessage(reason, subject, assignee.firstName));
      if (story.againAfterHours !== null) {
        const againAt = repliedAt + story.againAfterHours * HOUR + rng.int(0, HOUR - 1);
        // The website adds a form's new message about the same order; staff log the others.
        const byWebsite = draft.channel[0] === 'form' && subject.orderReference !== null;
        steps.push({
          kind: 'message',
          at: againAt,
          direction: 'in',
          byStaff: !byWebsite,
          body: againMessage(rng, reason, subject, story.thanks),
        });
        if (story.secondReplyAfter !== null) {
          const body = secondReplyMessage(reason, subject, assignee.firstName);
          staffSays(later(againAt, story.secondReplyAfter), 'out', body);
        }
      }
    }
    if (story.resolveAfter !== null) {
      const last = steps.at(-1)?.at ?? received;
      steps.push({ kind: 'resolve', at: later(last, story.resolveAfter) });
    }
    return steps;
  }

  /** Who wrote, about which order, and what the server makes of it. */
  private who(draft: Draft) {
    const { rng } = this;
    const { population } = this.ctx;
    let link = draft.link;
    const order = link === 'stranger' ? null : this.orderAbout(draft.reason, draft.receivedAt);
    let customer: Customer | null = order ? population.customers[order.customerId - 1] : null;
    if (!order && link !== 'stranger') {
      link = 'none';
      const registered = registeredBy(population, draft.receivedAt);
      if (registered > 0) customer = population.customers[rng.int(0, registered - 1)];
      else link = 'stranger';
    }
    let written: Written;
    if (link === 'stranger' || !customer) {
      customer = null;
      written = this.stranger(draft.receivedAt, ORDER_WANTED[draft.reason] !== undefined);
    } else {
      const { firstName, lastName, email, phone } = customer;
      const orderReference =
        link === 'own'
          ? order!.reference
          : link === 'unknown'
            ? this.unknownReference(order!.reference)
            : link === 'other'
              ? (this.someoneElsesOrder(draft.receivedAt, customer.id)?.reference ?? null)
              : null;
      written = { firstName, lastName, email, phone, orderReference, meant: order };
    }
    const { orderReference } = written;
    const typed = orderReference === null ? null : this.orderByReference(orderReference);
    const customerId = customer?.id ?? null;
    const orderId = typed && typed.customerId === customerId ? typed.id : null;
    const phoneGiven = rng.chance(PHONE_GIVEN[draft.channel[0]]);
    return {
      ...written,
      phone: phoneGiven ? written.phone : null,
      customerId,
      orderId,
      orderMismatch: typed !== null && orderId === null,
    };
  }

  /**
   * Someone with no account; about an order: no reference, a wrong one, or someone's (a
   * relative's order).
   */
  private stranger(at: number, aboutAnOrder: boolean): Written {
    const { rng } = this;
    const { pools } = this.ctx;
    const female = rng.chance(0.55);
    const first = rng.pick(female ? pools.firstNames.female : pools.firstNames.male);
    const last = rng.pick(pools.lastNames);
    const kind = aboutAnOrder
      ? rng.weighted([
          ['none', 2],
          ['unknown', 1],
          ['real', 1],
        ] as const)
      : 'none';
    const meant = kind === 'real' ? this.someoneElsesOrder(at, null) : null;
    const year = iso(at).slice(2, 4);
    return {
      firstName: first.text,
      lastName: last.text,
      email: flat(first.slug, '.', last.slug, '@', rng.pick(STRANGER_DOMAINS)),
      phone: mobilePhone(rng),
      orderReference:
        kind === 'unknown'
          ? this.unknownReference(flat('CMD-', year, '-', rng.digits(6)))
          : (meant?.reference ?? null),
      meant,
    };
  }

  /** An order of the kind the reason is about, placed before `at` by someone who had an account. */
  private orderAbout(reason: ContactReason, at: number): Order | null {
    const wanted = ORDER_WANTED[reason];
    if (!wanted) return null;
    const atIso = iso(at);
    const low = this.placedFrom(iso(at - wanted.maxDays * DAY));
    const high = this.placedFrom(iso(at - wanted.minDays * DAY));
    if (low >= high) return null;
    for (let tries = 0; tries < 8; tries++) {
      const order = this.orders[this.rng.int(low, high - 1)];
      if (wanted.fits(order, atIso)) return order;
    }
    return this.orders[this.rng.int(low, high - 1)];
  }

  /** An order placed before `at` by another customer than `customerId`. */
  private someoneElsesOrder(at: number, customerId: Id | null): Order | null {
    const high = this.placedFrom(iso(at));
    for (let tries = 0; tries < 5 && high > 0; tries++) {
      const order = this.orders[this.rng.int(0, high - 1)];
      if (order.customerId !== customerId) return order;
    }
    return null;
  }

  /** A mistyped reference that names no order: the last two digits swapped, or a wrong one. */
  private unknownReference(near: string): string {
    const number = Number(near.slice(7));
    let candidate = flat(near.slice(0, -2), near.slice(-1), near.slice(-2, -1));
    for (let k = 1; this.orderByReference(candidate); k++) {
      const wrong = k < 10 ? (number + k * 100_000) % 1_000_000 : this.rng.int(1, 999_999);
      candidate = flat(near.slice(0, 7), String(wrong).padStart(6, '0'));
    }
    return candidate;
  }

  /** Order references are numbered after the id. */
  private orderByReference(reference: string): Order | null {
    const order = this.orders[Number(reference.slice(7)) - 1];
    return order?.reference === reference ? order : null;
  }

  /** The index of the first order placed at or after `at`. */
  private placedFrom(at: Timestamp): number {
    let low = 0;
    let high = this.orders.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.orders[mid].placedAt < at) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * The service-client inbox: requests over the seeded period, more of them lately, about the
 * customers' orders for the most part, each told up to `now` (new, open, waiting for the
 * customer or resolved), plus the steered ones. Numbered in the order they were received.
 */
export function generateContactRequests(
  rng: Rng,
  count: number,
  scripts: readonly ContactScript[],
  ctx: ContactContext,
): SeededContactRequests {
  const desk = new ContactDesk(rng, ctx);
  const drafts = [
    ...desk.randomDrafts(Math.max(0, count - scripts.length)),
    ...scripts.map((script) => desk.scriptedDraft(script)),
  ].sort((a, b) => a.receivedAt - b.receivedAt);
  const openings = new Map<Id, ContactOpening>();
  const requests = drafts.map((draft, i) => {
    const { request, opening } = desk.tell(draft, i + 1);
    if (opening) openings.set(request.id, opening);
    return request;
  });
  return { requests, openings };
}
