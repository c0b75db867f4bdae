import { INTAKE_PER_MINUTE, isUnresolved } from '../../src/domain/contactRequests';
import type { StoredContactRequest } from '../../src/domain/types';
import { readFormBody } from '../core/body';
import { ApiError, badRequest } from '../core/errors';
import type { Lang } from '../core/messages';
import { RateWindow } from '../core/sessions';
import type { Store } from '../core/store';
import { Tx } from '../core/tx';
import { readContactForm, linksOf, type ContactForm } from './contactForm';
import { newContactRequest, withMessage } from './contactRequests';

export interface IntakeOptions {
  store: Store;
  /** The business clock (MOCK_NOW or the real time): when the request was received. */
  clock: () => string;
  /** Real time in ms, for the per-minute limit. */
  now: () => number;
  maxBodyBytes: number;
}

const MINUTE_MS = 60_000;
const MAX_KEY_LENGTH = 200;

function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return null;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badRequest('idempotencyKeyInvalid', { max: MAX_KEY_LENGTH });
  }
  return key;
}

/** The customer's unresolved request about the same order, which a new message joins. */
function ongoingAbout(tx: Tx, form: ContactForm): StoredContactRequest | undefined {
  const { customerId, orderId } = linksOf(tx, form);
  if (customerId === null || orderId === null) return undefined;
  return tx
    .where('contact-requests', 'customerId', customerId)
    .filter((request) => request.orderId === orderId && isUnresolved(request.status))
    .sort((a, b) => b.id - a.id)[0];
}

/**
 * `POST /api/contact-requests/intake`: the website's contact form, without a staff token. It
 * answers the request's reference and nothing else: no customer or order data leaves through it.
 */
export function createContactIntake({ store, clock, now, maxBodyBytes }: IntakeOptions) {
  const perEmail = new RateWindow(INTAKE_PER_MINUTE, MINUTE_MS);

  return async function intake(request: Request, lang: Lang): Promise<{ reference: string }> {
    const key = idempotencyKeyOf(request);
    const body = await readFormBody(request, maxBodyBytes);
    const tx = new Tx(store, { user: null, role: 'system', lang, now: clock() });
    const known = key
      ? store.all('contact-requests').find((r) => r.intakeKeys.includes(key))
      : undefined;
    if (known) return { reference: known.reference };
    // A robot fills the field people never see: it is told "thank you", nothing is kept.
    if (typeof body.website === 'string' && body.website.trim() !== '') {
      return { reference: `DEM-${tx.ctx.now.slice(2, 4)}-000000` };
    }
    const form = readContactForm(body);
    const email = form.email.toLowerCase();
    const blockedUntil = perEmail.blockedUntil(email, now());
    if (blockedUntil !== null) {
      const minutes = Math.ceil((blockedUntil - now()) / MINUTE_MS);
      throw new ApiError(429, 'tooManyContactRequests', { minutes });
    }
    perEmail.record(email, now());
    const intakeKeys = key ? [key] : [];
    const ongoing = ongoingAbout(tx, form);
    const saved = ongoing
      ? tx.update('contact-requests', {
          ...withMessage(ongoing, { direction: 'in', body: form.message, userId: null }, tx),
          intakeKeys: [...ongoing.intakeKeys, ...intakeKeys],
        })
      : newContactRequest(tx, form, {
          channel: 'form',
          network: null,
          status: 'new',
          assigneeId: null,
          intakeKeys,
        });
    tx.commit();
    return { reference: saved.reference };
  };
}
