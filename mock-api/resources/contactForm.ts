import {
  isContactEmail,
  isOrderReference,
  MESSAGE_MAX_LENGTH,
  normaliseFrenchPhone,
  normaliseOrderReference,
} from '../../src/domain/contactRequests';
import { CONTACT_REASONS, type ContactRequest, type Id } from '../../src/domain/types';
import { ApiError } from '../core/errors';
import type { Body } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker } from '../core/validate';

/** What a customer typed in the contact form (or told support): checked, in the stored form. */
export type ContactForm = Pick<
  ContactRequest,
  'orderReference' | 'firstName' | 'lastName' | 'email' | 'phone' | 'reason' | 'message'
>;

/**
 * Reads the contact form, every field checked before refusing. The form is filled by customers:
 * any fault, a missing field included, is a 422 naming the field, in the customer's words.
 */
export function readContactForm(body: Body, c: Checker = new Checker(body)): ContactForm {
  const firstName = c.string('firstName', { max: 100 }) ?? '';
  const lastName = c.string('lastName', { max: 100 }) ?? '';
  const email = c.string('email', { max: 200 }) ?? '';
  if (email && !isContactEmail(email)) c.fail('email', 'emailInvalid', { email });
  const typedPhone = c.nullableString('phone');
  const phone = typedPhone ? normaliseFrenchPhone(typedPhone) : null;
  if (typedPhone && !phone) c.fail('phone', 'phoneInvalid', { phone: typedPhone.slice(0, 40) });
  const typedOrder = c.nullableString('orderReference');
  const orderReference = typedOrder ? normaliseOrderReference(typedOrder) : null;
  if (typedOrder && !isOrderReference(typedOrder)) {
    c.fail('orderReference', 'orderReferenceInvalid', { reference: typedOrder.slice(0, 40) });
  }
  const reason = c.oneOf('reason', CONTACT_REASONS) ?? 'other';
  const message = c.string('message', { max: MESSAGE_MAX_LENGTH }) ?? '';
  if (Object.keys(c.errors).length > 0) throw new ApiError(422, 'invalidInput', {}, c.errors);
  return { orderReference, firstName, lastName, email, phone, reason, message };
}

type Links = Pick<ContactRequest, 'customerId' | 'orderId' | 'orderMismatch'>;

/**
 * The customer is found by e-mail; the order by reference, linked only when it is that
 * customer's. A reference naming someone else's order is flagged, never linked.
 */
export function linksOf(tx: Tx, form: Pick<ContactForm, 'email' | 'orderReference'>): Links {
  const customer = tx.where('customers', 'email', form.email.toLowerCase())[0];
  const order = form.orderReference
    ? tx.where('orders', 'reference', form.orderReference)[0]
    : undefined;
  const customerId: Id | null = customer?.id ?? null;
  const orderId = order && order.customerId === customerId ? order.id : null;
  return { customerId, orderId, orderMismatch: !!order && orderId === null };
}
