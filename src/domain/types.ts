/** Types of every resource of the REST contract (shared/domain/MODEL.md). */

export type Id = number;
/** ISO 8601 UTC timestamp, e.g. 2026-11-25T09:30:00.000Z */
export type Timestamp = string;
/** Date without time, YYYY-MM-DD */
export type DateOnly = string;
export type Cents = number;

export interface Versioned {
  id: Id;
  version: number;
}

export const ROLES = ['admin', 'manager', 'merchandiser', 'warehouse', 'support'] as const;
export type Role = (typeof ROLES)[number];

export const DEPARTMENTS = ['homme', 'femme', 'garcon', 'fille'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const CATEGORIES = [
  'jeans',
  't-shirts',
  'sweats',
  'chemises',
  'pulls',
  'vestes',
  'robes',
  'jupes',
  'shorts',
  'accessoires',
  'chaussures',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRODUCT_STATUSES = ['draft', 'published', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface Variant {
  sku: string;
  size: string;
  colour: string;
  ean13: string;
  stock: number;
}

export interface Product extends Versioned {
  reference: string;
  name: string;
  description: string;
  department: Department;
  category: Category;
  collection: string;
  priceCents: Cents;
  salePriceCents: Cents | null;
  status: ProductStatus;
  images: string[];
  variants: Variant[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Store extends Versioned {
  reference: string;
  name: string;
  city: string;
  postcode: string;
  address: string;
  phone: string;
  email: string;
  openingHours: string;
}

export interface Customer extends Versioned {
  reference: string;
  email: string;
  firstName: string;
  lastName: string;
  birthDate: DateOnly | null;
  phone: string;
  newsletter: boolean;
  createdAt: Timestamp;
  klubMemberId: Id | null;
  ordersCount: number;
  totalSpentCents: Cents;
  lastOrderAt: Timestamp | null;
  creditBalanceCents: Cents;
}

export const KLUB_KINDS = ['member', 'ambassador'] as const;
export type KlubKind = (typeof KLUB_KINDS)[number];
export const KLUB_STATUSES = ['active', 'suspended', 'left'] as const;
export type KlubStatus = (typeof KLUB_STATUSES)[number];
export const INVITATION_STATUSES = ['invited', 'accepted', 'attended'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface KlubInvitation {
  event: string;
  date: DateOnly;
  status: InvitationStatus;
}

export interface KlubMember extends Versioned {
  reference: string;
  memberNumber: string;
  customerId: Id;
  kind: KlubKind;
  status: KlubStatus;
  joinedAt: Timestamp;
  leftAt: Timestamp | null;
  invitations: KlubInvitation[];
}

export const ORDER_STATUSES = ['placed', 'refused', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const PAYMENT_METHODS = ['card', 'paypal', 'credit_note'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const CARD_BRANDS = ['cb', 'visa', 'mastercard'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];
export const PAYMENT_STATUSES = [
  'authorised',
  'captured',
  'refused',
  'refunded',
  'partially_refunded',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const DELIVERY_MODES = ['home', 'relay_point', 'post_office'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export interface OrderLine {
  productId: Id;
  sku: string;
  name: string;
  size: string;
  colour: string;
  quantity: number;
  unitPriceCents: Cents;
}

/** Money sent back to the card or PayPal account for a return, as the payment provider did it. */
export interface PaymentRefund {
  returnId: Id;
  amountCents: Cents;
  at: Timestamp;
}

export interface Payment {
  method: PaymentMethod;
  cardBrand: CardBrand | null;
  provider: 'payline';
  transactionId: string;
  creditNoteIds: Id[];
  creditAppliedCents: Cents;
  chargedCents: Cents;
  status: PaymentStatus;
  capturedAt: Timestamp | null;
  /** Oldest first; their sum never exceeds `chargedCents`. */
  refunds: PaymentRefund[];
}

export interface Delivery {
  mode: DeliveryMode;
  carrier: string;
  trackingNumber: string | null;
  trackingUrl: string | null;
  address: string;
  relayPointName: string | null;
  /** The name on the parcel: the warehouse reads it, not the customer. */
  recipientName: string;
}

export interface Order extends Versioned {
  reference: string;
  customerId: Id;
  placedAt: Timestamp;
  status: OrderStatus;
  lines: OrderLine[];
  subtotalCents: Cents;
  promoCode: string | null;
  discountCents: Cents;
  shippingFeeCents: Cents;
  totalCents: Cents;
  payment: Payment;
  delivery: Delivery;
  promisedBy: Timestamp;
  shippedAt: Timestamp | null;
  deliveredAt: Timestamp | null;
  salesPeriod: boolean;
}

export const RETURN_STATUSES = [
  'authorised',
  'received',
  'refunded',
  'credited',
  'rejected',
  'cancelled',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export const RETURN_REASONS = [
  'size_too_small',
  'size_too_large',
  'not_as_described',
  'defective',
  'changed_mind',
  'other',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];
export const ITEM_CONDITIONS = ['resalable', 'worn', 'damaged', 'missing_tags'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];
export const RESOLUTIONS = ['refund', 'credit_note'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export interface ReturnLine {
  sku: string;
  productId: Id;
  name: string;
  quantity: number;
  unitPriceCents: Cents;
  reason: ReturnReason;
  condition: ItemCondition | null;
}

export interface ReturnAuthorisation extends Versioned {
  reference: string;
  orderId: Id;
  customerId: Id;
  requestedAt: Timestamp;
  status: ReturnStatus;
  lines: ReturnLine[];
  resolution: Resolution;
  returnShippingFeeCents: Cents;
  receivedAt: Timestamp | null;
  receivedBy: Id | null;
  refundDueBy: Timestamp | null;
  refundAmountCents: Cents | null;
  refundedAt: Timestamp | null;
  creditNoteId: Id | null;
  notes: string;
}

export const CREDIT_NOTE_ORIGINS = ['return', 'goodwill'] as const;
export type CreditNoteOrigin = (typeof CREDIT_NOTE_ORIGINS)[number];
export const CREDIT_NOTE_STATUSES = ['open', 'exhausted', 'cancelled'] as const;
export type CreditNoteStatus = (typeof CREDIT_NOTE_STATUSES)[number];

export interface CreditNoteUsage {
  orderId: Id;
  amountCents: Cents;
  at: Timestamp;
}

export interface CreditNote extends Versioned {
  reference: string;
  customerId: Id;
  origin: CreditNoteOrigin;
  returnId: Id | null;
  reason: string | null;
  issuedAt: Timestamp;
  amountCents: Cents;
  balanceCents: Cents;
  status: CreditNoteStatus;
  usages: CreditNoteUsage[];
}

export const RESERVATION_STATUSES = [
  'pending',
  'confirmed',
  'unavailable',
  'collected',
  'expired',
  'cancelled',
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
export const RESERVATION_CHANNELS = ['email', 'sms'] as const;
export type ReservationChannel = (typeof RESERVATION_CHANNELS)[number];

export interface Reservation extends Versioned {
  reference: string;
  customerId: Id;
  storeId: Id;
  productId: Id;
  sku: string;
  size: string;
  colour: string;
  quantity: number;
  channel: ReservationChannel;
  requestedAt: Timestamp;
  status: ReservationStatus;
  confirmBy: Timestamp;
  confirmedAt: Timestamp | null;
  holdUntil: Timestamp | null;
  collectedAt: Timestamp | null;
}

export const CONTACT_CHANNELS = ['form', 'email', 'phone', 'social'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'twitter'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
export const CONTACT_REASONS = [
  'order_tracking',
  'parcel_not_found',
  'return',
  'refund',
  'exchange',
  'product_complaint',
  'payment',
  'account_login',
  'reservation',
  'klub',
  'newsletter',
  'other',
] as const;
export type ContactReason = (typeof CONTACT_REASONS)[number];
export const CONTACT_REQUEST_STATUSES = ['new', 'open', 'waiting_customer', 'resolved'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];
export const MESSAGE_DIRECTIONS = ['in', 'out', 'note'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/** One message of a request's thread: `in` from the customer, `out` sent to them, `note` internal. */
export interface ContactMessage {
  at: Timestamp;
  direction: MessageDirection;
  /** The staff member who wrote it, or who logged a customer's call; null for the website. */
  userId: Id | null;
  body: string;
}

export interface ContactRequest extends Versioned {
  reference: string;
  channel: ContactChannel;
  network: SocialNetwork | null;
  receivedAt: Timestamp;
  orderReference: string | null;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  reason: ContactReason;
  message: string;
  customerId: Id | null;
  orderId: Id | null;
  orderMismatch: boolean;
  status: ContactRequestStatus;
  assigneeId: Id | null;
  firstReplyDueBy: Timestamp;
  firstRepliedAt: Timestamp | null;
  resolvedAt: Timestamp | null;
  messages: ContactMessage[];
}

/** Stored form: the website's `Idempotency-Key`s that led to it, never sent over the wire. */
export interface StoredContactRequest extends ContactRequest {
  intakeKeys: string[];
}

export interface User extends Versioned {
  email: string;
  fullName: string;
  role: Role;
  active: boolean;
}

/** Stored form of a staff account: never sent over the wire. */
export interface UserAccount extends User {
  passwordHash: string;
}

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  id: Id;
  at: Timestamp;
  userId: Id | null;
  role: Role | 'system';
  resource: ResourceName;
  recordId: Id;
  action: AuditAction;
  fromStatus: string | null;
  toStatus: string | null;
  changes: Record<string, [unknown, unknown]>;
}

export const RESOURCES = [
  'products',
  'stores',
  'customers',
  'klub-members',
  'orders',
  'returns',
  'credit-notes',
  'reservations',
  'contact-requests',
  'users',
  'audit-events',
] as const;
export type ResourceName = (typeof RESOURCES)[number];

export interface ResourceRecords {
  products: Product;
  stores: Store;
  customers: Customer;
  'klub-members': KlubMember;
  orders: Order;
  returns: ReturnAuthorisation;
  'credit-notes': CreditNote;
  reservations: Reservation;
  'contact-requests': StoredContactRequest;
  users: UserAccount;
  'audit-events': AuditEvent;
}

/** The whole dataset as the mock API stores it. */
export type Database = { [R in ResourceName]: ResourceRecords[R][] };
