import { creditBalanceCents } from '../../src/domain/customers';
import type { CreditNote, Customer, Id, Order } from '../../src/domain/types';
import { DAY, HOUR, iso } from './clock';
import { mobilePhone, pickTown, streetAddress, type Pools } from './people';
import type { Town } from './places';
import { reference } from './refs';
import type { Rng } from './rng';

/** The customers, oldest account first, and where each one lives (orders ship there). */
export interface Population {
  customers: Customer[];
  createdMs: Float64Array;
  towns: Town[];
  homes: string[];
}

const EMAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ['gmail.com', 40],
  ['hotmail.fr', 14],
  ['orange.fr', 12],
  ['yahoo.fr', 9],
  ['free.fr', 8],
  ['outlook.fr', 6],
  ['laposte.net', 5],
  ['sfr.fr', 4],
];

const AGES: readonly (readonly [readonly [number, number], number])[] = [
  [[16, 24], 26],
  [[25, 34], 34],
  [[35, 44], 22],
  [[45, 59], 14],
  [[60, 75], 4],
];

function birthDate(rng: Rng, now: number): string {
  const [youngest, oldest] = rng.weighted(AGES);
  const year = new Date(now).getUTCFullYear() - rng.int(youngest, oldest);
  return iso(Date.UTC(year, rng.int(0, 11), rng.int(1, 28))).slice(0, 10);
}

function localPart(rng: Rng, first: string, last: string, born: string): string {
  return rng.weighted([
    [`${first}.${last}`, 5],
    [`${first}${last}`, 2],
    [`${first[0]}.${last}`, 2],
    [`${first}.${last}${born.slice(2, 4)}`, 2],
    [`${last}.${first}`, 1],
  ]);
}

/**
 * Accounts opened over the last six years, more of them recently; e-mail addresses made unique
 * with a number when the name is taken.
 */
export function generateCustomers(
  rng: Rng,
  pools: Pools,
  count: number,
  now: number,
  windowStart: number,
): Population {
  const createdAt = Array.from({ length: count }, () =>
    rng.chance(0.45)
      ? windowStart - rng.int(1, 4 * 365) * DAY - rng.int(0, DAY)
      : windowStart + Math.floor(rng.next() * (now - HOUR - windowStart)),
  ).sort((a, b) => a - b);
  const taken = new Set<string>();
  const towns: Town[] = [];
  const homes: string[] = [];
  const customers = createdAt.map((created, index): Customer => {
    const female = rng.chance(0.55);
    const first = rng.pick(female ? pools.firstNames.female : pools.firstNames.male);
    const last = rng.pick(pools.lastNames);
    const born = birthDate(rng, now);
    const local = localPart(rng, first.slug, last.slug, born);
    const domain = rng.weighted(EMAIL_DOMAINS);
    let email = `${local}@${domain}`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
    taken.add(email);
    const town = pickTown(rng);
    towns.push(town);
    homes.push(streetAddress(rng, pools, town));
    return {
      id: index + 1,
      reference: reference('CLI', index + 1),
      email,
      firstName: first.text,
      lastName: last.text,
      birthDate: born,
      phone: mobilePhone(rng),
      newsletter: rng.chance(0.45),
      createdAt: iso(created),
      klubMemberId: null,
      ordersCount: 0,
      totalSpentCents: 0,
      lastOrderAt: null,
      creditBalanceCents: 0,
      version: 1,
    };
  });
  return { customers, createdMs: Float64Array.from(createdAt), towns, homes };
}

/** How many customers had an account at `at`: they are the first ones, sorted by creation. */
export function registeredBy(population: Population, at: number): number {
  const { createdMs } = population;
  let low = 0;
  let high = createdMs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (createdMs[mid] <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Customers set aside for the steered cases: accounts older than `before`, evenly spread. */
export function setAside(population: Population, count: number, before: number): number[] {
  const old = registeredBy(population, before);
  if (old < count) throw new RangeError(`Only ${old} customers to set aside ${count}`);
  return Array.from({ length: count }, (_, i) => Math.floor((i * old) / count));
}

/**
 * The figures a customer carries, as the API keeps them: refused and cancelled orders do not
 * count; the credit balance is what the open notes still hold.
 */
export function settleCustomers(
  customers: Customer[],
  orders: readonly Order[],
  notesOf: (customerId: Id) => readonly CreditNote[],
): void {
  for (const order of orders) {
    if (order.status === 'refused' || order.status === 'cancelled') continue;
    const customer = customers[order.customerId - 1];
    customer.ordersCount++;
    customer.totalSpentCents += order.totalCents;
    // Orders come in time order: the last one seen is the latest.
    customer.lastOrderAt = order.placedAt;
  }
  for (const customer of customers) {
    customer.creditBalanceCents = creditBalanceCents(notesOf(customer.id));
  }
}
