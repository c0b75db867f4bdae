import { describe, expect, it } from 'vitest';
import type { Database, UserAccount } from '../../src/domain/types';
import { clockFrom, createMockApi } from '../createMockApi';
import { hashPassword } from './passwords';
import { SESSION_TTL_MS, SIGN_IN_ATTEMPTS, SIGN_IN_WINDOW_MS } from './sessions';

const API = 'http://kaporal.test/api';
const PASSWORD = 'kaporal';

async function account(id: number, email: string): Promise<UserAccount> {
  const passwordHash = await hashPassword(PASSWORD, `salt-${id}`);
  return {
    id,
    email,
    fullName: `Staff ${id}`,
    role: 'admin',
    active: true,
    passwordHash,
    version: 1,
  };
}

/** The API over two staff accounts, with a hand-moved clock for tokens and sign-in limits. */
async function apiWithClock() {
  const users = [await account(1, 'admin@kaporal.test'), await account(2, 'other@kaporal.test')];
  const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
  const { handle } = createMockApi({ users } as unknown as Database, clockFrom(undefined), {
    security: { now: () => clock.ms },
  });
  const login = (email: string, password = PASSWORD) =>
    handle(
      new Request(`${API}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    );
  const me = (token: string) =>
    handle(new Request(`${API}/users/1`, { headers: { Authorization: `Bearer ${token}` } }));
  return { clock, login, me };
}

describe('sessions', () => {
  it('expire after a working day of 8 hours, to the millisecond', async () => {
    const { clock, login, me } = await apiWithClock();
    const { token } = await (await login('admin@kaporal.test')).json();
    clock.ms += SESSION_TTL_MS - 1;
    expect((await me(token)).status).toBe(200);
    clock.ms += 1;
    expect((await me(token)).status).toBe(401);
    expect(SESSION_TTL_MS).toBe(8 * 60 * 60 * 1000);
  });
});

describe('sign-in limit', () => {
  it('refuses a demo account after 10 failures in 15 minutes, even with the right password, until the first ages out', async () => {
    const { clock, login } = await apiWithClock();
    const start = clock.ms;
    for (let i = 0; i < SIGN_IN_ATTEMPTS; i++) {
      expect((await login('admin@kaporal.test', 'devine')).status).toBe(401);
      clock.ms += 60_000;
    }
    const refused = await login('admin@kaporal.test');
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/réessayez dans 5 min/);
    expect(refused.headers.get('Retry-After')).toBe('300');
    expect((await login('other@kaporal.test')).status).toBe(200);

    clock.ms = start + SIGN_IN_WINDOW_MS;
    expect((await login('admin@kaporal.test')).status).toBe(200);
  });
});
