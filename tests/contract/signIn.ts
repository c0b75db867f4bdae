import { describe, expect, it } from 'vitest';
import type { User } from '../../src/domain/types';
import { nextSerial, signedInApi, type ErrorBody, type TargetGetter } from './support';

const PASSWORD = 'un mot de passe de douze';

/** Sign-in, sign-out and tokens: what keeps a staff account to the person it belongs to. */
export function signInTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  /** A support account of this test's own, so that locking it out troubles no other test. */
  async function newAccount(): Promise<User> {
    const res = await api().post<User>('users', {
      email: `connexion-${nextSerial()}@kaporal.test`,
      fullName: 'Agent Connexion',
      role: 'support',
      password: PASSWORD,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  const login = (email: string, password = PASSWORD) =>
    api().call<{ token: string } & ErrorBody>('POST', '/auth/login', {
      as: null,
      body: { email, password },
    });

  const readWith = (token: string) =>
    api().call('GET', '/orders?range=[0,0]', {
      as: null,
      headers: { Authorization: `Bearer ${token}` },
    });

  describe('sign-in', () => {
    it('says the same for an unknown email as for a wrong password', async () => {
      const account = await newAccount();
      const wrong = await login(account.email, 'pas le bon mot de passe');
      const unknown = await login(`inconnu-${nextSerial()}@kaporal.test`);
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('refuses an email after 10 failures with 429 and when to retry, even the right password', async () => {
      const account = await newAccount();
      for (let i = 0; i < 10; i++)
        expect((await login(account.email, `essai ${i}`)).status).toBe(401);
      const locked = await login(account.email);
      expect(locked.status).toBe(429);
      expect(locked.body.message).toMatch(/réessayez dans 15 min/);
      expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect((await login(api().user('support').email, 'kaporal')).status).toBe(200);
    });

    it('never answers a password or its hash', async () => {
      const account = await newAccount();
      const listed = await api().list('users');
      for (const user of [...listed.body, await api().one('users', account.id)]) {
        expect(Object.keys(user)).not.toContain('passwordHash');
        expect(JSON.stringify(user)).not.toMatch(/scrypt|pbkdf2|douze/);
      }
    });
  });

  describe('tokens', () => {
    it('stops working at sign-out, and signing out twice is harmless', async () => {
      const account = await newAccount();
      const { token } = (await login(account.email)).body;
      expect((await readWith(token)).status).toBe(200);
      const out = { as: null, headers: { Authorization: `Bearer ${token}` } } as const;
      expect((await api().call('POST', '/auth/logout', out)).status).toBe(204);
      expect((await readWith(token)).status).toBe(401);
      expect((await api().call('POST', '/auth/logout', out)).status).toBe(204);
    });

    it('of a deactivated account never work again, even once it is reactivated', async () => {
      const account = await newAccount();
      const { token } = (await login(account.email)).body;
      expect((await readWith(token)).status).toBe(200);
      expect((await api().put('users', account.id, { active: false })).status).toBe(200);
      expect((await readWith(token)).status).toBe(401);
      expect((await login(account.email)).status).toBe(401);

      expect((await api().put('users', account.id, { active: true })).status).toBe(200);
      expect((await readWith(token)).status).toBe(401);
      const fresh = await login(account.email);
      expect(fresh.status).toBe(200);
      expect((await readWith(fresh.body.token)).status).toBe(200);
    });
  });
}
