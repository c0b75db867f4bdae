import type { Database } from '../../src/domain/types';
import { AfterSales } from './afterSales';
import { generateCatalogue } from './catalogue';
import { DAY } from './clock';
import { generateCustomers, setAside, settleCustomers } from './customers';
import { generateKlub, type KlubTrait } from './klub';
import { CreditLedger, issueGoodwill } from './ledger';
import { generateOrders } from './orders';
import { createPools } from './people';
import { renumber } from './renumber';
import { generateReservations } from './reservations';
import { createFaker, createRng } from './rng';
import { RESERVATION_SCRIPTS, SCENARIOS, steer } from './scenarios';
import { generateStores } from './stores';
import { placements } from './timeline';
import { DEMO_PASSWORD, generateUsers, WAREHOUSE_USER_ID } from './users';

export { DEMO_PASSWORD };

export type Scale = 'small' | 'demo' | 'large';

export interface SeedOptions {
  seed: number;
  scale: Scale;
  /** ISO UTC: every date of the dataset is placed before it. */
  now: string;
}

interface Size {
  products: number;
  customers: number;
  orders: number;
  reservations: number;
  goodwillNotes: number;
}

const SIZES: Record<Scale, Size> = {
  small: { products: 120, customers: 400, orders: 600, reservations: 160, goodwillNotes: 12 },
  demo: {
    products: 1000,
    customers: 10_000,
    orders: 30_000,
    reservations: 3000,
    goodwillNotes: 200,
  },
  large: {
    products: 1000,
    customers: 200_000,
    orders: 1_000_000,
    reservations: 40_000,
    goodwillNotes: 4000,
  },
};

/** Orders cover the 18 months before `now`. */
const HISTORY_DAYS = 548;

/**
 * A whole French dataset, the same to the byte for the same seed, scale and clock. Runs in Node
 * and in the demo's service worker (no Node API).
 */
export async function generateDatabase({ seed, scale, now }: SeedOptions): Promise<Database> {
  const size = SIZES[scale];
  const nowMs = Date.parse(now);
  if (!size || !Number.isFinite(nowMs)) throw new RangeError(`Bad seed options: ${scale}, ${now}`);
  const rng = (stream: string) => createRng(seed, stream);
  const from = nowMs - HISTORY_DAYS * DAY;
  const pools = createPools(createFaker(seed));

  const users = await generateUsers(rng('users'), pools);
  const stores = generateStores(rng('stores'));
  const { products, sellable } = generateCatalogue(rng('catalogue'), pools, size.products, nowMs);
  const population = generateCustomers(rng('customers'), pools, size.customers, nowMs, from);
  const steered = setAside(population, SCENARIOS.length, from);
  const traits = new Map<number, KlubTrait>(steered.map((index, i) => [index, SCENARIOS[i].klub]));
  const klub = generateKlub(rng('klub'), population, traits, nowMs);

  const ledger = new CreditLedger();
  const setAsideSet = new Set(steered);
  issueGoodwill(rng('goodwill'), ledger, population, setAsideSet, size.goodwillNotes, from, nowMs);
  const orderRng = rng('orders');
  const plans = steer(orderRng, ledger, population.customers, steered, nowMs);
  for (const placedAt of placements(orderRng, size.orders - plans.length, from, nowMs)) {
    plans.push({ placedAt, customer: null, script: null });
  }
  plans.sort((a, b) => a.placedAt - b.placedAt);
  const afterSales = new AfterSales(rng('returns'), ledger, WAREHOUSE_USER_ID, nowMs);
  const orders = generateOrders(
    {
      rng: orderRng,
      pools,
      now: nowMs,
      sellable,
      population,
      setAside: setAsideSet,
      klub,
      ledger,
      afterSales,
    },
    plans,
  );
  const { returns, creditNotes } = renumber(afterSales.returns, ledger);
  settleCustomers(population.customers, orders, (customerId) => ledger.notesOf(customerId));
  const reservations = generateReservations(
    rng('reservations'),
    size.reservations,
    RESERVATION_SCRIPTS,
    products,
    stores,
    population,
    nowMs,
  );

  return {
    products,
    stores,
    customers: population.customers,
    'klub-members': klub.members,
    orders,
    returns,
    'credit-notes': creditNotes,
    reservations,
    users,
    'audit-events': [],
  };
}
