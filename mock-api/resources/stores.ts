import { isValidEmail } from '../../src/domain/customers';
import { isValidFrenchPostcode } from '../../src/domain/stores';
import type { Store as Boutique } from '../../src/domain/types';
import { assertNoFieldErrors, type FieldErrors } from '../core/errors';
import type { Body, ResourceDef } from '../core/resource';
import { Checker } from '../core/validate';
import { holders, newReference } from './common';

const STORE_FIELDS = [
  'name',
  'city',
  'postcode',
  'address',
  'phone',
  'email',
  'openingHours',
] as const;

function readStore(body: Body, base?: Boutique) {
  const c = new Checker({ ...base, ...body });
  const store = {
    name: c.string('name', { max: 120 }) ?? '',
    city: c.string('city', { max: 80 }) ?? '',
    postcode: c.string('postcode', { max: 10 }) ?? '',
    address: c.string('address', { max: 200 }) ?? '',
    phone: c.string('phone', { max: 30 }) ?? '',
    email: c.string('email', { max: 120 }) ?? '',
    openingHours: c.string('openingHours', { required: false, max: 500 }) ?? '',
  };
  c.done();
  checkStore(store);
  return store;
}

/** The rules beyond presence and length: the same as the form's, from src/domain. */
function checkStore({ postcode, email }: { postcode: string; email: string }): void {
  const errors: FieldErrors = {};
  if (!isValidFrenchPostcode(postcode)) {
    errors.postcode = { key: 'postcodeInvalid', params: { postcode } };
  }
  if (!isValidEmail(email)) errors.email = { key: 'emailInvalid', params: { email } };
  assertNoFieldErrors(errors);
}

export const stores: ResourceDef<'stores'> = {
  filters: { id: 'id', reference: 'string', city: 'string', postcode: 'string' },
  searchText: (s) => [s.reference, s.name, s.city, s.postcode, s.address],
  writable: STORE_FIELDS,
  nullable: ['openingHours'],
  create(body, tx) {
    const id = tx.newId('stores');
    const reference = newReference(tx, 'stores', 'BTQ', id, { withYear: false, digits: 3 });
    return tx.insert('stores', { ...readStore(body), id, reference, version: 1 });
  },
  update: (existing, patch) => ({ ...existing, ...readStore(patch, existing) }),
  referencedBy: (store, tx) => holders(tx, [['reservations', 'storeId', store.id]]),
};
