import type { Browser, BrowserContext, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser';
import { median } from './stats';

/**
 * Moving between pages, in headless Chromium at a CPU slowdown: a list opened cold by its URL, the
 * first page of each role after signing in, and a manager's moves (dashboard -> orders by the
 * menu while the charts load, orders -> an order -> back, then orders -> customers -> returns ->
 * products by the menu). See pageProbe.js for what "ready" and "settled" mean.
 */

const PROBE = fileURLToPath(new URL('./pageProbe.js', import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 120_000;
export const LONG_TASK_MS = 50;

interface ListSpec {
  filter: Record<string, unknown>;
  sort: [string, 'ASC' | 'DESC'];
  /** What the first row of the list shows of its record. */
  text: (record: Record<string, unknown>) => string;
}

/** The lists measured, with the filter and order they open with (their first tab). */
export const LISTS: Record<string, ListSpec> = {
  orders: {
    filter: { status: 'placed' },
    sort: ['placedAt', 'ASC'],
    text: (r) => `${r.reference}`,
  },
  returns: {
    filter: { status: 'authorised' },
    sort: ['requestedAt', 'ASC'],
    text: (r) => `${r.reference}`,
  },
  customers: {
    filter: {},
    sort: ['lastOrderAt', 'DESC'],
    text: (r) => `${r.firstName} ${r.lastName}`,
  },
  products: { filter: {}, sort: ['updatedAt', 'DESC'], text: (r) => `${r.reference}` },
};
export type ListName = keyof typeof LISTS;
const COLD_LISTS = ['orders', 'returns', 'customers', 'products'] as const;
/** The roles whose first page is counted; the manager's is the transition run's. */
const ROLES = ['admin', 'support', 'merchandiser', 'warehouse'] as const;
/** The manager's moves after the dashboard, each from the page the previous one opened. */
const MENU_MOVES = ['customers', 'returns', 'products'] as const;

interface Session {
  token: string;
  user: unknown;
}

/** One move or page load, from its start (a click as the browser received it, or navigation). */
export interface Leg {
  /** Until ready: the first frame showing the page's content. */
  ms: number;
  /** Until settled: ready, and no query pending for 300 ms. */
  settledMs: number;
  /** How long the click waited for the main thread (0 for a navigation). */
  inputDelayMs: number;
  /** Sum of the parts over 50 ms of the main thread's long tasks, from start to settled. */
  longTaskMs: number;
  /** The scripts requested from start to ready. */
  scripts: number;
}

interface Wait {
  kind: 'list' | 'show' | 'home';
  hash?: string;
  text?: string;
}

interface Target {
  base: string;
  /** The first record of each list, and a session of each role. */
  firsts: Record<string, Record<string, unknown>>;
  sessions: Record<string, Session>;
}

async function api<T>(base: string, path: string, token?: string): Promise<T> {
  const response = await fetch(`${base}/api/${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

async function signIn(base: string, role: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `${role}@kaporal.test`, password: 'kaporal' }),
  });
  return (await response.json()) as Session;
}

async function prepare(base: string): Promise<Target> {
  const sessions: Record<string, Session> = {};
  for (const role of [...ROLES, 'manager']) sessions[role] = await signIn(base, role);
  const firsts: Target['firsts'] = {};
  for (const [name, { filter, sort }] of Object.entries(LISTS)) {
    const query = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify(sort),
      range: '[0,0]',
    });
    const [first] = await api<Record<string, unknown>[]>(
      base,
      `${name}?${query}`,
      sessions.admin.token,
    );
    firsts[name] = first;
  }
  return { base, firsts, sessions };
}

const listWait = (target: Target, name: ListName): Wait => ({
  kind: 'list',
  hash: `#/${name}`,
  text: LISTS[name].text(target.firsts[name]),
});

async function newPage(browser: Browser, cpuRate: number, session?: Session) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (session) {
    await context.addInitScript(({ token, user }) => {
      localStorage.setItem('kaporal.token', token);
      localStorage.setItem('kaporal.user', JSON.stringify(user));
    }, session);
  }
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { context, page };
}

const arm = (page: Page, name: string, wait: Wait) =>
  page.evaluate(([n, w]) => (window as unknown as Probe).__bench.arm(n, w), [name, wait] as const);

interface Probe {
  __bench: {
    arm: (name: string, wait: Wait) => void;
    waits: Record<string, { readyAt?: number; settledAt?: number }>;
    longTasks: [number, number][];
    pointerDowns: { at: number; delay: number }[];
    startedAt?: number;
  };
}

async function settled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as Probe).__bench.waits[n]?.settledAt !== undefined,
    name,
    { timeout: TIMEOUT, polling: 50 },
  );
}

/** The figures of a leg, from `start` (page clock; the last click's when undefined). */
async function legOf(page: Page, name: string, start?: number): Promise<Leg> {
  return page.evaluate(
    ([n, from, longTask]) => {
      const probe = (window as unknown as Probe).__bench;
      const { readyAt = NaN, settledAt = NaN } = probe.waits[n];
      const click = probe.pointerDowns[probe.pointerDowns.length - 1];
      const begin = from ?? click.at;
      const scripts = performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            entry.startTime >= begin &&
            entry.startTime <= readyAt &&
            new URL(entry.name).pathname.endsWith('.js'),
        ).length;
      const longTaskMs = probe.longTasks
        .filter(([at]) => at >= begin && at <= settledAt)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - longTask), 0);
      return {
        ms: readyAt - begin,
        settledMs: settledAt - begin,
        inputDelayMs: from === null ? click.delay : 0,
        longTaskMs,
        scripts,
      };
    },
    [name, start ?? null, LONG_TASK_MS] as const,
  );
}

/** Clicks at a point at once: no wait for the page to be idle, as a hand does not wait either. */
async function clickAt(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const menuItem = (name: string) => `a[role="menuitem"][href="#/${name}"]`;

async function close(context: BrowserContext) {
  await context.close().catch(() => undefined);
}

/** A list opened by its URL in a fresh browser (nothing cached), signed in already. */
async function coldList(browser: Browser, target: Target, name: ListName, cpuRate: number) {
  const { context, page } = await newPage(browser, cpuRate, target.sessions.admin);
  try {
    await page.addInitScript(
      (wait) => {
        (window as unknown as Probe).__bench.arm('list', wait);
      },
      listWait(target, name),
    );
    await page.goto(`${target.base}/#/${name}`);
    await settled(page, 'list');
    return await legOf(page, 'list', 0);
  } finally {
    await close(context);
  }
}

/** Signing in from the sign-in page, opened cold, to the role's home page ready. */
async function signInAndWaitHome(page: Page, target: Target, role: string): Promise<Leg> {
  await page.goto(`${target.base}/#/login`);
  await page.getByRole('textbox', { name: /e-mail/i }).fill(`${role}@kaporal.test`);
  await page.getByRole('textbox', { name: /mot de passe/i }).fill('kaporal');
  await arm(page, 'home', { kind: 'home' });
  await page.getByRole('button', { name: /connexion/i }).click();
  await page.waitForFunction(
    () => (window as unknown as Probe).__bench.waits.home?.readyAt !== undefined,
    null,
    { timeout: TIMEOUT, polling: 50 },
  );
  const leg = await legOf(page, 'home');
  // The scripts of the whole visit count: the sign-in page's and the home's.
  leg.scripts = await page.evaluate(() => {
    const { readyAt = NaN } = (window as unknown as Probe).__bench.waits.home;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= readyAt && new URL(e.name).pathname.endsWith('.js')).length;
  });
  return leg;
}

async function firstPage(browser: Browser, target: Target, role: string, cpuRate: number) {
  const { context, page } = await newPage(browser, cpuRate);
  try {
    return await signInAndWaitHome(page, target, role);
  } finally {
    await close(context);
  }
}

export const MOVES = [
  'dashboard -> orders (menu, while the charts load)',
  'orders -> an order (row)',
  'order -> orders (back)',
  'orders -> customers (menu)',
  'customers -> returns (menu)',
  'returns -> products (menu)',
] as const;

/**
 * The manager signs in, and clicks the orders menu item as soon as the charts' script has arrived
 * (they then parse and draw), or when it has not come `cpuRate` seconds after the cards. Each
 * next move starts once the page before has settled.
 */
async function transitions(browser: Browser, target: Target, cpuRate: number) {
  const { context, page } = await newPage(browser, cpuRate);
  try {
    const chartsLoaded = page
      .waitForEvent('requestfinished', {
        predicate: (request) => /charts/i.test(new URL(request.url()).pathname),
        timeout: TIMEOUT,
      })
      .catch(() => null);
    const home = await signInAndWaitHome(page, target, 'manager');
    await arm(page, 'orders', listWait(target, 'orders'));
    const box = await page.locator(menuItem('orders')).boundingBox();
    if (!box) throw new Error('no orders menu item');
    await Promise.race([chartsLoaded, new Promise((r) => setTimeout(r, 1000 * cpuRate))]);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await settled(page, 'orders');
    const legs: Leg[] = [await legOf(page, 'orders')];

    const order = target.firsts.orders;
    await arm(page, 'show', {
      kind: 'show',
      hash: `#/orders/${order.id}/show`,
      text: `${order.reference}`,
    });
    await clickAt(page, '.RaList-main tbody tr.RaDataTable-row td:first-child');
    await settled(page, 'show');
    legs.push(await legOf(page, 'show'));

    await arm(page, 'back', listWait(target, 'orders'));
    const backAt = await page.evaluate(() => {
      const at = performance.now();
      history.back();
      return at;
    });
    await settled(page, 'back');
    legs.push(await legOf(page, 'back', backAt));

    for (const name of MENU_MOVES) {
      await arm(page, name, listWait(target, name));
      await clickAt(page, menuItem(name));
      await settled(page, name);
      legs.push(await legOf(page, name));
    }
    return { home, legs };
  } finally {
    await close(context);
  }
}

export interface Figures {
  median: number;
  min: number;
  max: number;
}
const figuresOf = (values: number[]): Figures => ({
  median: values.length ? median(values) : NaN,
  min: Math.min(...values),
  max: Math.max(...values),
});

export interface LegFigures {
  ms: Figures;
  settledMs: Figures;
  inputDelayMs: Figures;
  longTaskMs: Figures;
  /** The most scripts any run requested. */
  scripts: number;
  runs: number;
}
const legFigures = (legs: Leg[]): LegFigures => ({
  ms: figuresOf(legs.map((l) => l.ms)),
  settledMs: figuresOf(legs.map((l) => l.settledMs)),
  inputDelayMs: figuresOf(legs.map((l) => l.inputDelayMs)),
  longTaskMs: figuresOf(legs.map((l) => l.longTaskMs)),
  scripts: Math.max(...legs.map((l) => l.scripts)),
  runs: legs.length,
});

export interface NavigationFigures {
  /** Per CPU rate: the cold lists, the manager's dashboard and moves. */
  byCpu: {
    cpuRate: number;
    coldLists: Record<string, LegFigures>;
    dashboard: LegFigures;
    moves: LegFigures[];
  }[];
  /** At CPU 1x: each role's first page after signing in (scripts counted from the sign-in page). */
  firstPages: Record<string, LegFigures>;
  runs: number;
}

/**
 * `runs` rounds; in each, every measure once per CPU rate, in turn, so that whatever else the
 * machine does weighs on each alike. The targets (builds, or servers) take turns too.
 */
export type NavigationPart = 'moves' | 'cold' | 'roles';
export const NAVIGATION_PARTS: readonly NavigationPart[] = ['moves', 'cold', 'roles'];

export async function measureNavigation(
  bases: readonly string[],
  cpuRates: readonly number[],
  runs: number,
  log: (line: string) => void = () => undefined,
  parts: readonly NavigationPart[] = NAVIGATION_PARTS,
): Promise<NavigationFigures[]> {
  const targets: Target[] = [];
  for (const base of bases) targets.push(await prepare(base));
  type Samples = {
    cold: Record<string, Leg[]>[];
    home: Leg[][];
    moves: Leg[][][];
    first: Record<string, Leg[]>;
  };
  const samples: Samples[] = targets.map(() => ({
    cold: cpuRates.map(() => Object.fromEntries(COLD_LISTS.map((n) => [n, []]))),
    home: cpuRates.map(() => []),
    moves: cpuRates.map(() => MOVES.map(() => [])),
    first: Object.fromEntries(ROLES.map((r) => [r, []])),
  }));
  const browser = await launchChromium();
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [c, cpuRate] of cpuRates.entries()) {
        for (const [t, target] of targets.entries()) {
          if (parts.includes('moves')) {
            const { home, legs } = await transitions(browser, target, cpuRate);
            samples[t].home[c].push(home);
            for (const [m, leg] of legs.entries()) samples[t].moves[c][m].push(leg);
          }
          if (!parts.includes('cold')) continue;
          for (const name of COLD_LISTS) {
            samples[t].cold[c][name].push(await coldList(browser, target, name, cpuRate));
          }
        }
      }
      for (const [t, target] of targets.entries()) {
        if (!parts.includes('roles')) break;
        for (const role of ROLES)
          samples[t].first[role].push(await firstPage(browser, target, role, 1));
      }
      log(`  navigation: run ${run + 1} of ${runs} done`);
    }
  } finally {
    await browser.close();
  }
  return samples.map((s) => ({
    byCpu: cpuRates.map((cpuRate, c) => ({
      cpuRate,
      coldLists: Object.fromEntries(COLD_LISTS.map((n) => [n, legFigures(s.cold[c][n])])),
      dashboard: legFigures(s.home[c]),
      moves: s.moves[c].map(legFigures),
    })),
    firstPages: {
      manager: legFigures(s.home[cpuRates.indexOf(1)] ?? s.home[0]),
      ...Object.fromEntries(ROLES.map((r) => [r, legFigures(s.first[r])])),
    },
    runs,
  }));
}
