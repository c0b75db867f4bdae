import type { Id } from '../../src/domain/types';

/** A working day: a token older than this is refused and the staff member signs in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** Failed sign-ins allowed for one email within the window before the next are refused (429). */
export const SIGN_IN_ATTEMPTS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const MAX_TRACKED_KEYS = 10_000;

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

/**
 * Events per key (an e-mail) within a sliding window: past `limit`, the key is refused until the
 * oldest event ages out. Used for failed sign-ins and for the website's contact form.
 */
export class RateWindow {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** The time (ms) from which this key may act again, or null when it may now. */
  blockedUntil(key: string, now: number): number | null {
    const recent = (this.events.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length === 0) this.events.delete(key);
    else this.events.set(key, recent);
    return recent.length >= this.limit ? recent[recent.length - this.limit] + this.windowMs : null;
  }

  record(key: string, now: number): void {
    if (this.events.size > MAX_TRACKED_KEYS) this.forgetStale(now);
    const kept = [...(this.events.get(key) ?? []), now].slice(-this.limit);
    this.events.set(key, kept);
  }

  forget(key: string): void {
    this.events.delete(key);
  }

  /** Requests over many made-up keys must not grow memory without bound. */
  private forgetStale(now: number): void {
    for (const [key, times] of this.events) {
      if (times[times.length - 1] <= now - this.windowMs) this.events.delete(key);
    }
  }
}
