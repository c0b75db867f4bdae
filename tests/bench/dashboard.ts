import { chromium, type Page } from '@playwright/test';
import { median } from './stats';

export interface DashboardFigures {
  signInMs: number;
  dashboardMs: number;
  apiBytes: number;
  scripts: Set<string>;
}

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
  return { signInReady, dashboardReady: performance.now() - submitted };
}

/** Sign-in page, then the manager's dashboard, `runs` times at a CPU slowdown, medians. */
export async function measureDashboard(
  base: string,
  cpuRate: number,
  runs: number,
): Promise<DashboardFigures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const samples: { signInReady: number; dashboardReady: number }[] = [];
  const scripts = new Set<string>();
  let apiBytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/auth/')) {
        bodies.push(
          response.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
      }
    });
    samples.push(await signInAndOpenDashboard(page, base));
    apiBytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
    await context.close();
  }
  await browser.close();
  return {
    signInMs: median(samples.map((s) => s.signInReady)),
    dashboardMs: median(samples.map((s) => s.dashboardReady)),
    apiBytes,
    scripts,
  };
}
