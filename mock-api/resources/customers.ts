import { creditBalanceCents, isValidEmail } from '../../src/domain/customers';
import type { Customer, Id } from '../../src/domain/types';
import { assertNoFieldErrors, type FieldErrors } from '../core/errors';
import type { Body, ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker } from '../core/validate';
import { holders, newReference } from './common';

const CUSTOMER_FIELDS = [
  'email',
  'firstName',
  'lastName',
  'birthDate',
  'phone',
  'newsletter',
] as const;

function readCustomer(body: Body, base?: Customer) {
  const c = new Checker({ ...base, ...body });
  const customer = {
    email: (c.string('email', { max: 200 }) ?? '').toLowerCase(),
    firstName: c.string('firstName', { max: 80 }) ?? '',
    lastName: c.string('lastName', { max: 80 }) ?? '',
    birthDate: c.day('birthDate') ?? null,
    phone: c.string('phone', { required: false, max: 30 }) ?? '',
    newsletter: c.boolean('newsletter', { required: false }) ?? false,
  };
  c.done();
  return customer;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

function checkEmail(email: string, tx: Tx, selfId?: Id): void {
  const errors: FieldErrors = {};
  if (!isValidEmail(email)) errors.email = { key: 'emailInvalid', params: { email } };
  else if (tx.where('customers', 'email', email).some((c) => c.id !== selfId)) {
    errors.email = { key: 'emailTaken', params: { email } };
  }
  assertNoFieldErrors(errors);
}

/** Recomputes the read-only figures a customer carries from their orders and credit notes. */
export function refreshCustomer(tx: Tx, customerId: Id): void {
  const customer = tx.get('customers', customerId);
  if (!customer) return;
  const orders = tx
    .where('orders', 'customerId', customerId)
    .filter((o) => o.status !== 'refused' && o.status !== 'cancelled');
  const next: Customer = {
    ...customer,
    ordersCount: orders.length,
    totalSpentCents: orders.reduce((sum, o) => sum + o.totalCents, 0),
    lastOrderAt: orders.reduce<string | null>(
      (last, o) => (last && last > o.placedAt ? last : o.placedAt),
      null,
    ),
    creditBalanceCents: creditBalanceCents(tx.where('credit-notes', 'customerId', customerId)),
  };
  if (JSON.stringify(next) !== JSON.stringify(customer)) tx.update('customers', next);
}

export const customers: ResourceDef<'customers'> = {
  filters: {
    id: 'id',
    reference: 'string',
    email: 'string',
    newsletter: 'boolean',
    klubMemberId: 'id',
    createdAt: 'date',
    lastOrderAt: 'date',
    birthDate: 'day',
    ordersCount: 'number',
    totalSpentCents: 'number',
    creditBalanceCents: 'number',
    klubMember: (customer, value) => (customer.klubMemberId !== null) === value,
    hasCredit: (customer, value) => customer.creditBalanceCents > 0 === value,
  },
  // The phone also without its spaces: staff type "0612345678" as often as "06 12 34 56 78".
  searchText: (c) => [c.reference, c.firstName, c.lastName, c.email, c.phone, digitsOf(c.phone)],
  writable: CUSTOMER_FIELDS,
  nullable: ['birthDate', 'phone'],
  create(body, tx) {
    const fields = readCustomer(body);
    checkEmail(fields.email, tx);
    const id = tx.newId('customers');
    return tx.insert('customers', {
      ...fields,
      id,
      reference: newReference(tx, 'customers', 'CLI', id, { withYear: false }),
      createdAt: tx.ctx.now,
      klubMemberId: null,
      ordersCount: 0,
      totalSpentCents: 0,
      lastOrderAt: null,
      creditBalanceCents: 0,
      version: 1,
    });
  },
  update(existing, patch, tx) {
    const fields = readCustomer(patch, existing);
    checkEmail(fields.email, tx, existing.id);
    return { ...existing, ...fields };
  },
  referencedBy: (customer, tx) =>
    holders(tx, [
      ['orders', 'customerId', customer.id],
      ['returns', 'customerId', customer.id],
      ['credit-notes', 'customerId', customer.id],
      ['reservations', 'customerId', customer.id],
      ['klub-members', 'customerId', customer.id],
    ]),
};
