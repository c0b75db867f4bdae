import type { User, UserAccount } from '../../src/domain/types';
import { readBody } from './body';
import { ApiError } from './errors';
import { verifyPassword } from './passwords';
import { RateWindow, Sessions, SIGN_IN_ATTEMPTS, SIGN_IN_WINDOW_MS } from './sessions';
import type { Store } from './store';

export interface AuthOptions {
  store: Store;
  /** Real time in ms (tokens and sign-in limits), replaced in tests to let hours pass. */
  now?: () => number;
  sessionTtlMs?: number;
  maxBodyBytes?: number;
}

const tokenOf = (request: Request) =>
  request.headers.get('Authorization')?.match(/^Bearer (.+)$/)?.[1];

/** Sign-in, sign-out and the bearer token of every other request. */
export function createAuth({ store, now = Date.now, sessionTtlMs, maxBodyBytes }: AuthOptions) {
  const sessions = new Sessions(sessionTtlMs);
  const throttle = new RateWindow(SIGN_IN_ATTEMPTS, SIGN_IN_WINDOW_MS);
  // A token issued before a deactivation never works again, even after a reactivation.
  store.onRecordChange((resource, before, after) => {
    const was = before as UserAccount | undefined;
    if (resource === 'users' && was?.active && !(after as UserAccount | undefined)?.active) {
      sessions.closeAllOf(was.id);
    }
  });

  return {
    /** The signed-in staff member, or 401: no token, an unknown or expired one, a closed account. */
    authenticate(request: Request): User {
      const token = tokenOf(request);
      const userId = token ? sessions.userOf(token, now()) : undefined;
      const account = userId ? store.get('users', userId) : undefined;
      if (!account || !account.active) throw new ApiError(401, 'notSignedIn');
      const { passwordHash: _hash, ...user } = account;
      return user;
    },

    async login(request: Request) {
      const body = await readBody(request, maxBodyBytes);
      const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const blockedUntil = throttle.blockedUntil(email, now());
      if (blockedUntil !== null) {
        const minutes = Math.ceil((blockedUntil - now()) / 60_000);
        throw new ApiError(429, 'tooManySignIns', { minutes });
      }
      const account = store.where('users', 'email', email)[0];
      const matches = await verifyPassword(password, account?.passwordHash);
      if (!account || !account.active || !matches) {
        throttle.record(email, now());
        throw new ApiError(401, 'badCredentials');
      }
      throttle.forget(email);
      const { id, fullName, role } = account;
      return {
        token: sessions.open(id, now()),
        user: { id, fullName, email: account.email, role },
      };
    },

    logout(request: Request): void {
      const token = tokenOf(request);
      if (token) sessions.close(token);
    },
  };
}
