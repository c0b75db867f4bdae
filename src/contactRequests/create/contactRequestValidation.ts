import {
  isContactEmail,
  isOrderReference,
  normaliseFrenchPhone,
} from '../../domain/contactRequests';

const typed = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The same rules as the server's: bad input is said before anything is sent. */
export const frenchPhone = (value: unknown) =>
  typed(value) && !normaliseFrenchPhone(value)
    ? 'app.contact_requests.create.invalid.phone'
    : undefined;

export const orderReference = (value: unknown) =>
  typed(value) && !isOrderReference(value)
    ? 'app.contact_requests.create.invalid.order_reference'
    : undefined;

export const contactEmail = (value: unknown) =>
  typed(value) && !isContactEmail(value) ? 'app.contact_requests.create.invalid.email' : undefined;
