import type { Id } from '../../src/domain/types';

/** A working day: a token older than this is refused and the staff member signs in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** Failed sign-ins allowed for one email within the window before the next are refused (429). */
export const SIGN_IN_ATTEMPTS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const MAX_TRACKED_EMAILS = 10_000;

/**
 * Tokens in memory, with their expiry. Security runs on real time (`now` in ms), never on the
 * business clock that MOCK_NOW fixes: a fixed clock would make tokens eternal.
 */
export class Sessions {
  private readonly tokens = new Map<string, { userId: Id; expiresAt: number }>();

  constructor(private readonly ttlMs = SESSION_TTL_MS) {}

  open(userId: Id, now: number): string {
    const token = crypto.randomUUID();
    this.tokens.set(token, { userId, expiresAt: now + this.ttlMs });
    return token;
  }

  userOf(token: string, now: number): Id | undefined {
    const session = this.tokens.get(token);
    if (session && session.expiresAt > now) return session.userId;
    this.tokens.delete(token);
    return undefined;
  }

  close(token: string): void {
    this.tokens.delete(token);
  }

  /** A deactivated account's tokens never work again, even once it is reactivated. */
  closeAllOf(userId: Id): void {
    for (const [token, session] of this.tokens) {
      if (session.userId === userId) this.tokens.delete(token);
    }
  }
}

/** Failed sign-ins per email: past the limit, sign-in is refused until the oldest failure ages out. */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  /** The time (ms) from which this email may try again, or null when it may now. */
  blockedUntil(email: string, now: number): number | null {
    const recent = (this.failures.get(email) ?? []).filter((at) => at > now - SIGN_IN_WINDOW_MS);
    if (recent.length === 0) this.failures.delete(email);
    else this.failures.set(email, recent);
    return recent.length >= SIGN_IN_ATTEMPTS
      ? recent[recent.length - SIGN_IN_ATTEMPTS] + SIGN_IN_WINDOW_MS
      : null;
  }

  fail(email: string, now: number): void {
    if (this.failures.size > MAX_TRACKED_EMAILS) this.forgetStale(now);
    const kept = [...(this.failures.get(email) ?? []), now].slice(-SIGN_IN_ATTEMPTS);
    this.failures.set(email, kept);
  }

  succeed(email: string): void {
    this.failures.delete(email);
  }

  /** Guessing over many made-up emails must not grow memory without bound. */
  private forgetStale(now: number): void {
    for (const [email, times] of this.failures) {
      if (times[times.length - 1] <= now - SIGN_IN_WINDOW_MS) this.failures.delete(email);
    }
  }
}
