import { isReservable } from '../../src/domain/products';
import { confirmBy, holdUntil } from '../../src/domain/reservations';
import type { Product, Reservation, ReservationStatus, Store } from '../../src/domain/types';
import { DAY, MINUTE, iso, shiftPerUtcHour } from './clock';
import { registeredBy, type Population } from './customers';
import { yearlyReference } from './refs';
import type { Rng } from './rng';

/** How a reservation goes: the store answers after `answerAfterMinutes`, then the customer acts. */
export interface ScriptedReservation {
  minutesAgo: number;
  answerAfterMinutes: number;
  answer: 'confirm' | 'unavailable' | 'cancel';
  /** Once confirmed: collected (at `collectAt`, a fraction of the hold), left to expire, or cancelled. */
  then: 'collect' | 'expire' | 'cancel';
  collectAt?: number;
}

type Draft = Required<Omit<ScriptedReservation, 'minutesAgo'>> & { requestedAt: number };

function randomDraft(rng: Rng, now: number): Draft {
  const speed = rng.next();
  return {
    requestedAt: now - Math.floor(rng.next() ** 1.5 * 120 * DAY) - rng.int(1, 60) * MINUTE,
    answerAfterMinutes:
      speed < 0.8 ? rng.int(5, 115) : speed < 0.93 ? rng.int(125, 360) : rng.int(6 * 60, 30 * 60),
    answer: rng.weighted([
      ['confirm', 82],
      ['unavailable', 10],
      ['cancel', 8],
    ]),
    then: rng.weighted([
      ['collect', 65],
      ['expire', 25],
      ['cancel', 10],
    ]),
    collectAt: 0.02 + 0.96 * rng.next(),
  };
}

interface Outcome {
  status: ReservationStatus;
  confirmedAt: number | null;
  holdUntil: number | null;
  collectedAt: number | null;
  /** When it was marked unavailable or cancelled: the record keeps no date of it. */
  endedAt: number | null;
}

/** Where the reservation stands at `now`: pending until the store answers, and so on. */
function outcome(draft: Draft, now: number, holdOf: (ms: number) => number): Outcome {
  const answeredAt = draft.requestedAt + draft.answerAfterMinutes * MINUTE;
  const none = { confirmedAt: null, holdUntil: null, collectedAt: null, endedAt: null };
  if (answeredAt > now) return { status: 'pending', ...none };
  if (draft.answer !== 'confirm') {
    const status = draft.answer === 'unavailable' ? 'unavailable' : 'cancelled';
    return { status, ...none, endedAt: answeredAt };
  }
  const held = { ...none, confirmedAt: answeredAt, holdUntil: holdOf(answeredAt) };
  // The customer comes, or cancels, at that moment of the hold.
  const actedAt = answeredAt + Math.floor(draft.collectAt * (held.holdUntil - answeredAt));
  if (draft.then === 'cancel' && actedAt <= now) {
    return { status: 'cancelled', ...held, endedAt: actedAt };
  }
  if (draft.then === 'collect' && actedAt <= now) {
    return { status: 'collected', ...held, collectedAt: actedAt };
  }
  if (draft.then === 'expire' && held.holdUntil < now) return { status: 'expired', ...held };
  return { status: 'confirmed', ...held };
}

export interface SeededReservations {
  reservations: Reservation[];
  /** By reservation id: when an unavailable or cancelled one was so, for its history. */
  endedAt: ReadonlyMap<number, number>;
}

/** E-reservations of the last four months, more of them recent, plus the steered ones. */
export function generateReservations(
  rng: Rng,
  count: number,
  scripts: readonly ScriptedReservation[],
  products: readonly Product[],
  stores: readonly Store[],
  population: Population,
  now: number,
): SeededReservations {
  const holdOf = shiftPerUtcHour(holdUntil);
  const reservable = products.filter(isReservable);
  const storeChoices = stores.map((store, i) => [store, i < 2 ? 4 : 1] as const);
  const drafts: Draft[] = [
    ...Array.from({ length: count - scripts.length }, () => randomDraft(rng, now)),
    ...scripts.map(({ minutesAgo, collectAt = 0.5, ...script }) => ({
      ...script,
      collectAt,
      requestedAt: now - minutesAgo * MINUTE,
    })),
  ].sort((a, b) => a.requestedAt - b.requestedAt);
  const endedAt = new Map<number, number>();
  const reservations = drafts.map((draft, i): Reservation => {
    const id = i + 1;
    const product = rng.pick(reservable);
    const variant = rng.pick(product.variants);
    const customers = registeredBy(population, draft.requestedAt - DAY);
    const requestedAt = iso(draft.requestedAt);
    const told = outcome(draft, now, holdOf);
    const { status, confirmedAt, holdUntil: heldUntil, collectedAt } = told;
    if (told.endedAt !== null) endedAt.set(id, told.endedAt);
    return {
      id,
      reference: yearlyReference('RES', id, requestedAt),
      customerId: population.customers[rng.int(0, customers - 1)].id,
      storeId: rng.weighted(storeChoices).id,
      productId: product.id,
      sku: variant.sku,
      size: variant.size,
      colour: variant.colour,
      quantity: rng.chance(0.85) ? 1 : 2,
      channel: rng.chance(0.6) ? 'email' : 'sms',
      requestedAt,
      status,
      confirmBy: confirmBy(requestedAt),
      confirmedAt: confirmedAt === null ? null : iso(confirmedAt),
      holdUntil: heldUntil === null ? null : iso(heldUntil),
      collectedAt: collectedAt === null ? null : iso(collectedAt),
      version: 1,
    };
  });
  return { reservations, endedAt };
}
