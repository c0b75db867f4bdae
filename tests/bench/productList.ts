import type { Browser, Page, Request } from '@playwright/test';
import { launchChromium } from './browser';
import { median } from './stats';

/** The lists opened: the catalogue's first page, and a search that the server runs. */
export const PRODUCT_LISTS = {
  'first page': '#/products',
  'search "jean"': `#/products?filter=${encodeURIComponent(JSON.stringify({ q: 'jean' }))}`,
} as const;
export type ProductListName = keyof typeof PRODUCT_LISTS;

export interface ProductListFigures {
  /** From asking for the list to its rows of data shown with nothing loading: median, min, max. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The longest API request meanwhile, from sending it to its last byte (median). */
  apiMs: number;
  /** The API data fetched meanwhile (bodies as decoded), in how many requests, and rows shown. */
  apiBytes: number;
  requests: number;
  rows: number;
}

export interface ProductListResult {
  name: ProductListName;
  /** One per server, in the order of the bases measured. */
  scales: ProductListFigures[];
}

interface Sample {
  ms: number;
  apiMs: number;
  apiBytes: number;
  requests: number;
  rows: number;
}

/** What the page notes about the list, on `window`. */
interface ListClock {
  listAskedAt?: number;
  listReadyAt?: number;
  listRows?: number;
}

const MERCHANDISER = 'merchandiser@kaporal.test';
/** Rows of records in a react-admin DataTable: the rows of its loading skeleton have no class. */
const DATA_ROWS = '.RaDataTable-table tbody tr.RaDataTable-row';
/** The app bar's spinner, shown while any query is pending. */
const LOADING = '.RaLoadingIndicator-loader';

/**
 * Notes, in the page, when the product list first shows rows of data with nothing loading. It
 * runs in the page: no named inner function, which tsx would wrap in a helper the page lacks.
 */
function noteListReadyTime({ rows, loading }: { rows: string; loading: string }) {
  const clock = window as unknown as ListClock;
  new MutationObserver(() => {
    if (clock.listAskedAt === undefined || clock.listReadyAt !== undefined) return;
    // The home page has tables of products too: only the products page counts.
    const home = document.querySelector('[data-dashboard-ready]');
    if (!location.hash.startsWith('#/products') || home) return;
    const shown = document.querySelectorAll(rows).length;
    if (shown === 0 || document.querySelector(loading)) return;
    clock.listReadyAt = performance.now();
    clock.listRows = shown;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function signInAsMerchandiser(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/#/login`);
  await page.getByRole('textbox', { name: /e-mail/i }).fill(MERCHANDISER);
  await page.getByRole('textbox', { name: /mot de passe/i }).fill('kaporal');
  await page.getByRole('button', { name: /connexion/i }).click();
  await page.locator('[data-dashboard-ready="true"]').waitFor({ timeout: 120_000 });
  await page.locator(LOADING).first().waitFor({ state: 'detached' });
}

/** The API requests the page sends from now on; the call returned stops and sums them up. */
function collectApiRequests(page: Page) {
  const requests: Request[] = [];
  const collect = (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request);
  };
  page.on('request', collect);
  return async () => {
    page.off('request', collect);
    const sizes = await Promise.all(
      requests.map((request) =>
        request.response().then(
          async (response) => (await response?.body())?.length ?? 0,
          () => 0,
        ),
      ),
    );
    return {
      apiMs: Math.max(0, ...requests.map((request) => request.timing().responseEnd)),
      apiBytes: sizes.reduce((sum, n) => sum + n, 0),
      requests: requests.length,
    };
  };
}

/** Goes to the list as the menu does (the app stays loaded); the milliseconds until it shows. */
async function openList(page: Page, hash: string): Promise<number> {
  await page.evaluate((to) => {
    (window as unknown as ListClock).listAskedAt = performance.now();
    location.hash = to;
  }, hash);
  const shown = () => (window as unknown as ListClock).listReadyAt !== undefined;
  await page.waitForFunction(shown, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const clock = window as unknown as ListClock;
    return (clock.listReadyAt ?? NaN) - (clock.listAskedAt ?? NaN);
  });
}

async function sample(browser: Browser, base: string, hash: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(noteListReadyTime, { rows: DATA_ROWS, loading: LOADING });
    await signInAsMerchandiser(page, base);
    const stop = collectApiRequests(page);
    const ms = await openList(page, hash);
    const api = await stop();
    const rows = await page.evaluate(() => (window as unknown as ListClock).listRows ?? 0);
    return { ms, rows, ...api };
  } finally {
    await context.close();
  }
}

function figuresOf(samples: Sample[]): ProductListFigures {
  const times = samples.map((s) => s.ms);
  const last = samples[samples.length - 1];
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    apiMs: median(samples.map((s) => s.apiMs)),
    apiBytes: median(samples.map((s) => s.apiBytes)),
    requests: last.requests,
    rows: last.rows,
  };
}

/**
 * Signed in as the merchandiser, from the home page to each product list, `runs` times, medians.
 * Lists and datasets take turns, run after run, so that whatever else the machine does weighs on
 * each alike.
 */
export async function measureProductLists(
  bases: readonly string[],
  runs: number,
): Promise<ProductListResult[]> {
  const names = Object.keys(PRODUCT_LISTS) as ProductListName[];
  const samples = names.map(() => bases.map((): Sample[] => []));
  const browser = await launchChromium();
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [n, name] of names.entries()) {
        for (const [b, base] of bases.entries()) {
          samples[n][b].push(await sample(browser, base, PRODUCT_LISTS[name]));
        }
      }
    }
  } finally {
    await browser.close();
  }
  return names.map((name, n) => ({ name, scales: samples[n].map(figuresOf) }));
}
