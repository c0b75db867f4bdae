import { hashPassword } from '../../mock-api/core/passwords';
import { firstReplyDueBy } from '../../src/domain/contactRequests';
import type {
  ContactReason,
  Customer,
  Database,
  KlubMember,
  Order,
  Product,
  Reservation,
  ReturnAuthorisation,
  StoredContactRequest,
  UserAccount,
} from '../../src/domain/types';

/**
 * A dataset small enough to compute every KPI by hand (see kpis.test.ts). The period under test
 * is 2026-11-01 to 2026-11-07 (Paris); the previous period is 2026-10-25 to 2026-10-31.
 */
export const FIXTURE_NOW = '2026-11-20T10:00:00.000Z';

const product = (id: number, department: Product['department']): Product => ({
  id,
  reference: `KAP-T-0000${id}`,
  name: `Produit ${id}`,
  description: '',
  department,
  category: 'jeans',
  collection: 'AH26',
  priceCents: 5000,
  salePriceCents: null,
  status: 'published',
  images: ['/images/products/jeans.svg'],
  variants: [{ sku: `SKU-${id}`, size: 'M', colour: 'Brut', ean13: `376000000000${id}`, stock: 5 }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

const customer = (id: number, klubMemberId: number | null): Customer => ({
  id,
  reference: `CLI-00000${id}`,
  email: `client${id}@example.fr`,
  firstName: 'Client',
  lastName: `Numéro ${id}`,
  birthDate: null,
  phone: '',
  newsletter: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  klubMemberId,
  ordersCount: 0,
  totalSpentCents: 0,
  lastOrderAt: null,
  creditBalanceCents: 0,
  version: 1,
});

const member: KlubMember = {
  id: 1,
  reference: 'KLUB-000001',
  memberNumber: 'KLUB-000001',
  customerId: 1,
  kind: 'member',
  status: 'active',
  joinedAt: '2026-01-01T00:00:00.000Z',
  leftAt: null,
  invitations: [],
  version: 1,
};

interface OrderFacts {
  id: number;
  customerId: number;
  productId: number;
  quantity: number;
  totalCents: number;
  placedAt: string;
  status: Order['status'];
  shippedAt?: string;
  deliveredAt?: string;
  promisedBy: string;
}

const order = (f: OrderFacts): Order => ({
  id: f.id,
  reference: `CMD-26-00000${f.id}`,
  customerId: f.customerId,
  placedAt: f.placedAt,
  status: f.status,
  lines: [
    {
      productId: f.productId,
      sku: `SKU-${f.productId}`,
      name: `Produit ${f.productId}`,
      size: 'M',
      colour: 'Brut',
      quantity: f.quantity,
      unitPriceCents: f.totalCents / f.quantity,
    },
  ],
  subtotalCents: f.totalCents,
  promoCode: null,
  discountCents: 0,
  shippingFeeCents: 0,
  totalCents: f.totalCents,
  payment: {
    method: 'card',
    cardBrand: 'cb',
    provider: 'payline',
    transactionId: `PAYLINE-${f.id}`,
    creditNoteIds: [],
    creditAppliedCents: 0,
    chargedCents: f.totalCents,
    status: f.shippedAt ? 'captured' : f.status === 'refused' ? 'refused' : 'authorised',
    capturedAt: f.shippedAt ?? null,
    refunds: [],
  },
  delivery: {
    mode: 'home',
    carrier: f.id === 2 ? 'GLS' : 'Colissimo',
    trackingNumber: f.shippedAt ? `TRK${f.id}` : null,
    trackingUrl: null,
    address: '1 rue de la Paix, 13001 Marseille',
    relayPointName: null,
    recipientName: 'Camille Martin',
  },
  promisedBy: f.promisedBy,
  shippedAt: f.shippedAt ?? null,
  deliveredAt: f.deliveredAt ?? null,
  salesPeriod: false,
  version: 1,
});

const orders: Order[] = [
  // In the period: placed 1 Nov by a Klub member, shipped 2 Nov, delivered 4 Nov (3 days, on time).
  order({
    id: 1,
    customerId: 1,
    productId: 1,
    quantity: 2,
    totalCents: 10000,
    placedAt: '2026-11-01T09:00:00.000Z',
    status: 'delivered',
    shippedAt: '2026-11-02T09:00:00.000Z',
    deliveredAt: '2026-11-04T10:00:00.000Z',
    promisedBy: '2026-11-08T09:00:00.000Z',
  }),
  // Placed before both periods, delivered 5 Nov after its promise: 16 days, late.
  order({
    id: 2,
    customerId: 2,
    productId: 2,
    quantity: 1,
    totalCents: 5000,
    placedAt: '2026-10-20T09:00:00.000Z',
    status: 'delivered',
    shippedAt: '2026-10-21T09:00:00.000Z',
    deliveredAt: '2026-11-05T10:00:00.000Z',
    promisedBy: '2026-10-27T09:00:00.000Z',
  }),
  // Refused: no sale.
  order({
    id: 3,
    customerId: 2,
    productId: 1,
    quantity: 1,
    totalCents: 5000,
    placedAt: '2026-11-03T09:00:00.000Z',
    status: 'refused',
    promisedBy: '2026-11-10T09:00:00.000Z',
  }),
  // Previous period: placed 28 Oct, delivered 30 Oct (2 days, on time).
  order({
    id: 4,
    customerId: 2,
    productId: 1,
    quantity: 1,
    totalCents: 8000,
    placedAt: '2026-10-28T09:00:00.000Z',
    status: 'delivered',
    shippedAt: '2026-10-29T09:00:00.000Z',
    deliveredAt: '2026-10-30T10:00:00.000Z',
    promisedBy: '2026-11-04T09:00:00.000Z',
  }),
  // In the period, shipped and never delivered: late and still open on 20 Nov.
  order({
    id: 5,
    customerId: 2,
    productId: 2,
    quantity: 1,
    totalCents: 3000,
    placedAt: '2026-11-01T12:00:00.000Z',
    status: 'shipped',
    shippedAt: '2026-11-02T12:00:00.000Z',
    promisedBy: '2026-11-08T12:00:00.000Z',
  }),
];

const ret = (
  r: Pick<ReturnAuthorisation, 'id' | 'orderId' | 'customerId' | 'requestedAt' | 'status'> &
    Partial<ReturnAuthorisation>,
): ReturnAuthorisation => ({
  reference: `RET-26-00000${r.id}`,
  lines: [
    {
      sku: `SKU-${r.orderId === 1 || r.orderId === 4 ? 1 : 2}`,
      productId: r.orderId === 1 || r.orderId === 4 ? 1 : 2,
      name: 'Produit',
      quantity: 1,
      unitPriceCents: 5000,
      reason: 'size_too_small',
      condition: r.receivedAt ? 'resalable' : null,
    },
  ],
  resolution: 'refund',
  returnShippingFeeCents: 590,
  receivedAt: null,
  receivedBy: null,
  refundDueBy: null,
  refundAmountCents: null,
  refundedAt: null,
  creditNoteId: null,
  notes: '',
  version: 1,
  ...r,
});

const returns: ReturnAuthorisation[] = [
  // Requested 5 Nov, received 6 Nov, refunded 7 Nov: 1 day, within the promise.
  ret({
    id: 1,
    orderId: 1,
    customerId: 1,
    requestedAt: '2026-11-05T09:00:00.000Z',
    status: 'refunded',
    receivedAt: '2026-11-06T09:00:00.000Z',
    refundDueBy: '2026-11-20T09:00:00.000Z',
    refundAmountCents: 4410,
    refundedAt: '2026-11-07T09:00:00.000Z',
  }),
  // Cancelled: counted as created, holds no unit.
  ret({
    id: 2,
    orderId: 2,
    customerId: 2,
    requestedAt: '2026-11-06T09:00:00.000Z',
    status: 'cancelled',
  }),
  // Previous period request, received 1 Nov, refund due 15 Nov: overdue on 20 Nov.
  ret({
    id: 3,
    orderId: 4,
    customerId: 2,
    requestedAt: '2026-10-31T09:00:00.000Z',
    status: 'received',
    receivedAt: '2026-11-01T10:00:00.000Z',
    refundDueBy: '2026-11-15T10:00:00.000Z',
    refundAmountCents: 4410,
  }),
];

const reservation = (
  r: Partial<Reservation> & Pick<Reservation, 'id' | 'status'>,
): Reservation => ({
  reference: `RES-26-00000${r.id}`,
  customerId: 1,
  storeId: 1,
  productId: 1,
  sku: 'SKU-1',
  size: 'M',
  colour: 'Brut',
  quantity: 1,
  channel: 'sms',
  requestedAt: '2026-11-02T10:00:00.000Z',
  confirmBy: '2026-11-02T12:00:00.000Z',
  confirmedAt: null,
  holdUntil: null,
  collectedAt: null,
  version: 1,
  ...r,
});

const reservations: Reservation[] = [
  // Confirmed in 1 h 30, collected the next day.
  reservation({
    id: 1,
    status: 'collected',
    confirmedAt: '2026-11-02T11:30:00.000Z',
    holdUntil: '2026-11-04T11:30:00.000Z',
    collectedAt: '2026-11-03T15:00:00.000Z',
  }),
  // Confirmed 30 min late, never collected: expired at the end of its hold on 4 Nov.
  reservation({
    id: 2,
    status: 'expired',
    confirmedAt: '2026-11-02T12:30:00.000Z',
    holdUntil: '2026-11-04T12:30:00.000Z',
  }),
];

interface RequestFacts {
  id: number;
  receivedAt: string;
  reason: ContactReason;
  status: StoredContactRequest['status'];
  firstRepliedAt?: string;
  resolvedAt?: string;
}

const contactRequest = (f: RequestFacts): StoredContactRequest => ({
  id: f.id,
  reference: `DEM-26-00000${f.id}`,
  channel: 'form',
  network: null,
  receivedAt: f.receivedAt,
  orderReference: null,
  firstName: 'Client',
  lastName: `Numéro ${f.id}`,
  email: `demande${f.id}@example.fr`,
  phone: null,
  reason: f.reason,
  message: 'Bonjour, une question.',
  customerId: null,
  orderId: null,
  orderMismatch: false,
  status: f.status,
  assigneeId: null,
  firstReplyDueBy: firstReplyDueBy(f.receivedAt),
  firstRepliedAt: f.firstRepliedAt ?? null,
  resolvedAt: f.resolvedAt ?? null,
  messages: [{ at: f.receivedAt, direction: 'in', userId: null, body: 'Bonjour, une question.' }],
  intakeKeys: [],
  version: 1,
});

/** Paris is UTC+1 in both periods: 8:30-17:30 Paris is 7:30-16:30 UTC. */
const contactRequests: StoredContactRequest[] = [
  // Received on Sunday 1 Nov: the clock starts on Monday 8:30; answered 10:00, 1 h 30, in time.
  contactRequest({
    id: 1,
    receivedAt: '2026-11-01T10:00:00.000Z',
    reason: 'order_tracking',
    status: 'waiting_customer',
    firstRepliedAt: '2026-11-02T09:00:00.000Z',
  }),
  // Received Tuesday 3 Nov 9:00, answered 9:45 (45 min), then resolved.
  contactRequest({
    id: 2,
    receivedAt: '2026-11-03T08:00:00.000Z',
    reason: 'order_tracking',
    status: 'resolved',
    firstRepliedAt: '2026-11-03T08:45:00.000Z',
    resolvedAt: '2026-11-03T09:00:00.000Z',
  }),
  // Received Wednesday 4 Nov 16:00, due Thursday 15:00, answered Friday 9:30: late,
  // 1 h 30 + 9 h + 1 h = 11 h 30 of opening time.
  contactRequest({
    id: 3,
    receivedAt: '2026-11-04T15:00:00.000Z',
    reason: 'refund',
    status: 'waiting_customer',
    firstRepliedAt: '2026-11-06T08:30:00.000Z',
  }),
  // Received Thursday 5 Nov 10:00, due Friday 9:00, never answered: overdue on 20 Nov.
  contactRequest({
    id: 4,
    receivedAt: '2026-11-05T09:00:00.000Z',
    reason: 'parcel_not_found',
    status: 'open',
  }),
  // Received Friday 6 Nov, resolved without a reply (a newsletter unsubscription): not overdue.
  contactRequest({
    id: 5,
    receivedAt: '2026-11-06T10:00:00.000Z',
    reason: 'newsletter',
    status: 'resolved',
    resolvedAt: '2026-11-06T11:00:00.000Z',
  }),
  // Previous period: received Wednesday 28 Oct 10:00, answered 11:00 (1 h).
  contactRequest({
    id: 6,
    receivedAt: '2026-10-28T09:00:00.000Z',
    reason: 'order_tracking',
    status: 'waiting_customer',
    firstRepliedAt: '2026-10-28T10:00:00.000Z',
  }),
  // Received on 20 Nov an hour before now: unanswered, not yet due.
  contactRequest({
    id: 7,
    receivedAt: '2026-11-20T09:00:00.000Z',
    reason: 'payment',
    status: 'new',
  }),
];

const user = async (id: number, role: UserAccount['role'], fullName: string) => ({
  id,
  email: `${role}@kaporal.test`,
  fullName,
  role,
  active: true,
  passwordHash: await hashPassword('kaporal', 'fixture'),
  version: 1,
});

export async function kpiFixture(): Promise<Database> {
  return {
    products: [product(1, 'homme'), product(2, 'femme')],
    stores: [],
    customers: [customer(1, 1), customer(2, null)],
    'klub-members': [member],
    orders,
    returns,
    'credit-notes': [],
    reservations,
    'contact-requests': contactRequests,
    users: [
      await user(1, 'manager', 'Manon Ager'),
      await user(2, 'support', 'Sami Port'),
      await user(3, 'merchandiser', 'Mona Chandise'),
    ],
    'audit-events': [],
  };
}
