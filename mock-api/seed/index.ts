import { ROLES, type Database } from '../../src/domain/types';
import { AfterSales } from './afterSales';
import { generateCatalogue } from './catalogue';
import { DAY } from './clock';
import { generateContactRequests } from './contactRequests';
import { CONTACT_SCRIPTS } from './contactScripts';
import { generateCustomers, setAside, settleCustomers } from './customers';
import { generateHistory } from './history';
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

/** The resources whose generation is reported, in the order they are generated. */
export type SeedStage = 'users' | 'products' | 'customers' | 'orders' | 'reservations';

/** `done` of the `total` records of `stage`: 0 as it starts, `total` once it is over. */
export interface SeedProgress {
  stage: SeedStage;
  done: number;
  total: number;
}

export interface SeedOptions {
  seed: number;
  scale: Scale;
  /** ISO UTC: every date of the dataset is placed before it. */
  now: string;
  /** Hears how the generation goes; the seed prints nothing, its caller decides what to say. */
  onProgress?: (progress: SeedProgress) => void;
}

interface Size {
  products: number;
  customers: number;
  orders: number;
  reservations: number;
  /** About one per eight orders. */
  contactRequests: number;
  goodwillNotes: number;
  /** The audit trail tells the story of the records created in these last days. */
  trailDays: number;
}

const SIZES: Record<Scale, Size> = {
  small: {
    products: 120,
    customers: 400,
    orders: 600,
    reservations: 160,
    contactRequests: 80,
    goodwillNotes: 12,
    trailDays: Infinity,
  },
  demo: {
    products: 1000,
    customers: 10_000,
    orders: 30_000,
    reservations: 3000,
    contactRequests: 3750,
    goodwillNotes: 200,
    trailDays: Infinity,
  },
  large: {
    products: 1000,
    customers: 200_000,
    orders: 1_000_000,
    reservations: 40_000,
    contactRequests: 40_000,
    goodwillNotes: 4000,
    // A million orders' full trail would double the generation's time and memory.
    trailDays: 30,
  },
};

/** Orders cover the 18 months before `now`. */
const HISTORY_DAYS = 548;

/**
 * A whole French dataset, the same to the byte for the same seed, scale and clock. Runs in Node
 * and in the demo's service worker (no Node API).
 */
export async function generateDatabase({
  seed,
  scale,
  now,
  onProgress,
}: SeedOptions): Promise<Database> {
  const size = SIZES[scale];
  const nowMs = Date.parse(now);
  if (!size || !Number.isFinite(nowMs)) throw new RangeError(`Bad seed options: ${scale}, ${now}`);
  /** Reports the start of a stage; the function returned reports how far it went. */
  const start = (stage: SeedStage, total: number) => {
    onProgress?.({ stage, done: 0, total });
    return (done = total) => onProgress?.({ stage, done, total });
  };
  const rng = (stream: string) => createRng(seed, stream);
  const from = nowMs - HISTORY_DAYS * DAY;
  const pools = createPools(createFaker(seed));

  let made = start('users', ROLES.length);
  const users = await generateUsers(rng('users'), pools);
  made();
  const stores = generateStores(rng('stores'));
  made = start('products', size.products);
  const { products, sellable } = generateCatalogue(rng('catalogue'), pools, size.products, nowMs);
  made();
  made = start('customers', size.customers);
  const population = generateCustomers(rng('customers'), pools, size.customers, nowMs, from);
  made();
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
  made = start('orders', size.orders);
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
    made,
  );
  made();
  const { returns, creditNotes } = renumber(
    afterSales.returns,
    ledger,
    afterSales.refundedPayments,
  );
  settleCustomers(population.customers, orders, (customerId) => ledger.notesOf(customerId));
  made = start('reservations', size.reservations);
  const { reservations, endedAt: reservationEnds } = generateReservations(
    rng('reservations'),
    size.reservations,
    RESERVATION_SCRIPTS,
    products,
    stores,
    population,
    nowMs,
  );
  made();
  const { requests: contactRequests, openings: contactOpenings } = generateContactRequests(
    rng('contact-requests'),
    size.contactRequests,
    CONTACT_SCRIPTS,
    { orders, population, users, pools, from, now: nowMs },
  );

  const records = {
    products,
    stores,
    customers: population.customers,
    'klub-members': klub.members,
    orders,
    returns,
    'credit-notes': creditNotes,
    reservations,
    'contact-requests': contactRequests,
    users,
  };
  const history = generateHistory(records, {
    since: nowMs - size.trailDays * DAY,
    now: nowMs,
    rng: rng('history'),
    reservationEnds,
    contactOpenings,
  });
  return { ...records, 'audit-events': history };
}
