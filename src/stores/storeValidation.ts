import { maxLength, required, type Validator } from 'react-admin';
import { isValidEmail } from '../domain/customers';
import { isValidFrenchPostcode } from '../domain/stores';

type Text = string | null | undefined;

/** Spaces alone are no value: the server trims what it reads. */
const notBlank = (value: Text) => (value?.trim() === '' ? 'ra.validation.required' : undefined);

/** A rule of src/domain on the trimmed text, as the server applies it; empty is for `required`. */
const obeys = (isValid: (text: string) => boolean, message: string) => (value: Text) =>
  !value?.trim() || isValid(value.trim()) ? undefined : message;

const filled = (max: number): Validator[] => [required(), notBlank, maxLength(max)];

/** The limits and rules of the server (mock-api/resources/stores.ts), field by field. */
export const storeValidation = {
  name: filled(120),
  city: filled(80),
  postcode: [...filled(10), obeys(isValidFrenchPostcode, 'app.stores.validation.postcode_invalid')],
  address: filled(200),
  phone: filled(30),
  email: [...filled(120), obeys(isValidEmail, 'app.stores.validation.email_invalid')],
  openingHours: maxLength(500),
};
