import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './browser';
import { median } from './stats';

export interface DashboardFigures {
  signInMs: number;
  /** From submitting the sign-in form to the KPI cards filled. */
  dashboardMs: number;
  /** From submitting the sign-in form to the charts in view drawn (the others wait for a scroll). */
  chartsMs: number;
  apiBytes: number;
  /** The scripts loaded until the cards were filled, and until the charts were drawn. */
  scriptsAtReady: Set<string>;
  scriptsAtCharts: Set<string>;
}

interface Sample {
  signInReady: number;
  dashboardReady: number;
  chartsReady: number;
  apiBytes: number;
  scriptsAtReady: string[];
  scriptsAtCharts: string[];
}

/** Notes, in the page, when the cards were first filled: the scripts fetched before count. */
function noteReadyTime() {
  const state = window as unknown as { readyAt?: number };
  new MutationObserver(() => {
    if (state.readyAt === undefined && document.querySelector('[data-dashboard-ready="true"]')) {
      state.readyAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** The scripts the page had asked for when the cards were filled. */
const scriptsBeforeReady = () => {
  const { readyAt = Infinity } = window as unknown as { readyAt?: number };
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= readyAt && new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => new URL(entry.name).pathname);
};

/** No chart in the viewport still waits for its turn to be drawn. */
const chartsInViewDrawn = () =>
  [...document.querySelectorAll('[data-chart="waiting"]')].every(
    (chart) => chart.getBoundingClientRect().top >= window.innerHeight,
  );

async function signInAndOpenDashboard(page: Page, base: string) {
  const start = performance.now();
  await page.goto(`${base}/#/login`);
  const password = page.getByRole('textbox', { name: /mot de passe/i });
  await password.waitFor();
  const signInReady = performance.now() - start;
  await page.getByRole('textbox', { name: /e-mail/i }).fill('manager@kaporal.test');
  await password.fill('kaporal');
  const submitted = performance.now();
  await page.getByRole('button', { name: /connexion/i }).click();
  await page.locator('[data-dashboard-ready="true"]').waitFor({ timeout: 120_000 });
  const dashboardReady = performance.now() - submitted;
  const scriptsAtReady = await page.evaluate(scriptsBeforeReady);
  await page.locator('[data-charts-ready="true"]').waitFor({ timeout: 120_000 });
  // Each chart is drawn in its turn once near the screen: those in view, all drawn.
  await page.waitForFunction(chartsInViewDrawn, null, { timeout: 120_000, polling: 50 });
  return {
    signInReady,
    dashboardReady,
    chartsReady: performance.now() - submitted,
    scriptsAtReady,
  };
}

async function sample(browser: Browser, base: string, cpuRate: number): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(noteReadyTime);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const scripts = new Set<string>();
  const bodies: Promise<number>[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/auth/')) {
      bodies.push(
        response.body().then(
          (b) => b.length,
          () => 0,
        ),
      );
    }
  });
  const times = await signInAndOpenDashboard(page, base);
  const apiBytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
  await context.close();
  return { ...times, apiBytes, scriptsAtCharts: [...scripts] };
}

/**
 * Sign-in page, then the manager's dashboard, `runs` times at a CPU slowdown, medians. The
 * datasets take turns, run after run, so that whatever else the machine does weighs on each alike.
 */
export async function measureDashboards(
  bases: readonly string[],
  cpuRate: number,
  runs: number,
): Promise<DashboardFigures[]> {
  const browser = await launchChromium();
  const samples: Sample[][] = bases.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, base] of bases.entries()) {
      samples[index].push(await sample(browser, base, cpuRate));
    }
  }
  await browser.close();
  return samples.map((of) => ({
    signInMs: median(of.map((s) => s.signInReady)),
    dashboardMs: median(of.map((s) => s.dashboardReady)),
    chartsMs: median(of.map((s) => s.chartsReady)),
    apiBytes: of[of.length - 1].apiBytes,
    scriptsAtReady: new Set(of.flatMap((s) => s.scriptsAtReady)),
    scriptsAtCharts: new Set(of.flatMap((s) => s.scriptsAtCharts)),
  }));
}
