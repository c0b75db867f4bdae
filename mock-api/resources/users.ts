import { isValidEmail } from '../../src/domain/customers';
import { ROLES, type Id, type UserAccount } from '../../src/domain/types';
import { assertNoFieldErrors } from '../core/errors';
import type { Body, ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { hashPassword } from '../core/passwords';
import { Checker } from '../core/validate';
import { holders } from './common';

const MIN_PASSWORD_LENGTH = 8;

function readUser(body: Body, base?: UserAccount) {
  const c = new Checker({ ...base, ...body });
  const user = {
    email: (c.string('email', { max: 200 }) ?? '').toLowerCase(),
    fullName: c.string('fullName', { max: 120 }) ?? '',
    role: c.oneOf('role', ROLES) ?? 'support',
    active: c.boolean('active', { required: false }) ?? true,
  };
  c.done();
  return user;
}

function checkEmail(email: string, tx: Tx, selfId?: Id): void {
  if (!isValidEmail(email))
    assertNoFieldErrors({ email: { key: 'emailInvalid', params: { email } } });
  if (tx.where('users', 'email', email).some((u) => u.id !== selfId)) {
    assertNoFieldErrors({ email: { key: 'emailTaken', params: { email } } });
  }
}

/** Staff accounts: the password is hashed before the write and never returned. */
export const users: ResourceDef<'users'> = {
  async prepareCreate({ passwordHash: _ignored, ...body }) {
    if (typeof body.password !== 'string') return body;
    return { ...body, passwordHash: await hashPassword(body.password, crypto.randomUUID()) };
  },
  filters: { id: 'id', email: 'string', role: 'enum', active: 'boolean' },
  searchText: (u) => [u.fullName, u.email],
  writable: ['email', 'fullName', 'role', 'active'],
  create(body, tx) {
    const fields = readUser(body);
    checkEmail(fields.email, tx);
    const hash = body.passwordHash;
    if (typeof body.password !== 'string' || body.password.length < MIN_PASSWORD_LENGTH) {
      assertNoFieldErrors({
        password: { key: 'passwordTooShort', params: { min: MIN_PASSWORD_LENGTH } },
      });
    }
    const id = tx.newId('users');
    return tx.insert('users', { ...fields, id, passwordHash: String(hash), version: 1 });
  },
  update(existing, patch, tx) {
    const fields = readUser(patch, existing);
    checkEmail(fields.email, tx, existing.id);
    return { ...existing, ...fields };
  },
  referencedBy: (user, tx) =>
    holders(tx, [
      ['audit-events', 'userId', user.id],
      ['returns', 'receivedBy', user.id],
    ]),
  present: ({ passwordHash: _hash, ...user }) => user,
};
