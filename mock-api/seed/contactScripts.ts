import type { ContactChannel, ContactReason, SocialNetwork } from '../../src/domain/types';

/** How the customer's details relate to the data: the server works the links out the same way. */
export type Link =
  /** A customer, about one of their orders, reference given. */
  | 'own'
  /** A customer who gave no order reference. */
  | 'none'
  /** A customer who mistyped the reference: it names no order. */
  | 'unknown'
  /** A customer who typed the reference of someone else's order. */
  | 'other'
  /** An e-mail address that is no customer's. */
  | 'stranger';

/**
 * How a request goes, in customer-service (business) minutes from the step before, the first
 * two from its receipt. Null: the step does not happen.
 */
export interface Story {
  /** Form requests only: staff record the other channels as they come, in their hands. */
  openAfter: number | null;
  /** Opened by reading it: the request gets its assignee at the first staff action. */
  readOnly: boolean;
  replyAfter: number | null;
  /** An internal note by the assignee, before the reply. */
  note: boolean;
  /** The customer writes again, in calendar hours after the reply. */
  againAfterHours: number | null;
  /** ...to thank: no answer needed. */
  thanks: boolean;
  secondReplyAfter: number | null;
  resolveAfter: number | null;
  /** Taken by the admin rather than by support. */
  admin: boolean;
}

export type Channel = readonly [ContactChannel, SocialNetwork | null];

/** A steered request, so that every scale holds the cases the rules turn on, whatever the seed. */
export interface ContactScript {
  at: { minutesAgo: number } | { closingsAgo: number; hoursAfter: number; weekend?: boolean };
  channel: Channel;
  reason: ContactReason;
  link: Link;
  story: Story;
}

/** Read half an hour after it came, then nothing: each script says what happens. */
const UNTOLD: Story = {
  openAfter: 30,
  readOnly: false,
  replyAfter: null,
  note: false,
  againAfterHours: null,
  thanks: false,
  secondReplyAfter: null,
  resolveAfter: null,
  admin: false,
};

const FORM: Channel = ['form', null];
const EMAIL: Channel = ['email', null];
const INSTAGRAM: Channel = ['social', 'instagram'];
const FACEBOOK: Channel = ['social', 'facebook'];
const TWITTER: Channel = ['social', 'twitter'];

const DAYS = 24 * 60;

function script(
  at: ContactScript['at'],
  channel: Channel,
  reason: ContactReason,
  link: Link,
  story: Partial<Story> = {},
): ContactScript {
  return { at, channel, reason, link, story: { ...UNTOLD, ...story } };
}

/**
 * New ones, one past its promise; open ones past it (two unassigned), or open again after the
 * customer wrote back; some waiting for the customer (one answered late); resolved ones received
 * in the evening or at the weekend, and some closed without a reply. Times are before `now`
 * whatever its day and hour: the steps that must have happened fit in the days given.
 */
export const CONTACT_SCRIPTS: readonly ContactScript[] = [
  script({ minutesAgo: 15 }, FORM, 'order_tracking', 'own', { openAfter: null }),
  script({ minutesAgo: 40 }, FORM, 'parcel_not_found', 'unknown', { openAfter: null }),
  script({ minutesAgo: 90 }, FORM, 'exchange', 'stranger', { openAfter: null }),
  script({ minutesAgo: 5 * DAYS }, FORM, 'payment', 'other', { openAfter: null }),
  script({ minutesAgo: 5 * DAYS }, EMAIL, 'parcel_not_found', 'own', { note: true }),
  script({ minutesAgo: 6 * DAYS }, EMAIL, 'refund', 'other', { admin: true }),
  script({ minutesAgo: 7 * DAYS }, FORM, 'account_login', 'none', { readOnly: true }),
  script({ minutesAgo: 4 * DAYS }, FORM, 'klub', 'stranger', { readOnly: true, openAfter: 200 }),
  script({ minutesAgo: 6 * DAYS }, INSTAGRAM, 'product_complaint', 'own', {
    replyAfter: 90,
    againAfterHours: 5,
  }),
  script({ minutesAgo: 7 * DAYS }, FORM, 'return', 'unknown', {
    replyAfter: 200,
    againAfterHours: 20,
    note: true,
  }),
  script({ minutesAgo: 8 * DAYS }, FACEBOOK, 'order_tracking', 'own', {
    replyAfter: 60,
    againAfterHours: 30,
  }),
  script({ minutesAgo: 5 * DAYS }, TWITTER, 'payment', 'own', { replyAfter: 120 }),
  script({ minutesAgo: 5 * DAYS }, EMAIL, 'exchange', 'own', { replyAfter: 600, admin: true }),
  script({ minutesAgo: 6 * DAYS }, FORM, 'reservation', 'stranger', { replyAfter: 300 }),
  script({ closingsAgo: 12, hoursAfter: 3 }, FORM, 'return', 'unknown', {
    replyAfter: 200,
    resolveAfter: 30,
  }),
  script({ closingsAgo: 2, hoursAfter: 20, weekend: true }, FORM, 'order_tracking', 'other', {
    replyAfter: 150,
    resolveAfter: 600,
  }),
  script({ closingsAgo: 20, hoursAfter: 4 }, FORM, 'refund', 'own', {
    replyAfter: 400,
    againAfterHours: 2,
    thanks: true,
    resolveAfter: 10,
  }),
  script({ minutesAgo: 10 * DAYS }, FORM, 'newsletter', 'none', { resolveAfter: 10, note: true }),
  script({ minutesAgo: 12 * DAYS }, EMAIL, 'other', 'stranger', { resolveAfter: 5, note: true }),
  script({ closingsAgo: 4, hoursAfter: 26, weekend: true }, FORM, 'newsletter', 'none', {
    resolveAfter: 45,
  }),
];
