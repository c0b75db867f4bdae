/**
 * `npm run bench`: builds the app, serves it with the mock API, and measures in headless Chromium
 * the sign-in page and the dashboard (5 runs at CPU 1x and 4x), plus the bundle figures.
 * MOCK_SCALE chooses the dataset (demo by default). Prints medians and the budgets.
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const RUNS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 4320);
const SCALE = process.env.MOCK_SCALE ?? 'demo';
const BASE = `http://127.0.0.1:${PORT}`;
const KIB = 1024;
const BUDGETS = { entryGzipKiB: 300, dashboardJsGzipKiB: 375 };

function gzipKiB(file: string): number {
  return gzipSync(readFileSync(file)).length / KIB;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function startServer(): Promise<() => void> {
  const child = spawn('node_modules/.bin/tsx', ['mock-api/server.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      MOCK_STATIC: 'dist',
      MOCK_SCALE: SCALE,
      MOCK_DB: `mock-api/data/bench-${SCALE}.json`,
      MOCK_QUIET: '1',
      NODE_OPTIONS: '--max-old-space-size=8192',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.on('exit', (code) => reject(new Error(`mock API exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}

async function signInAndOpenDashboard(page: Page) {
  const start = performance.now();
  await page.goto(`${BASE}/#/login`);
  await page.getByRole('textbox', { name: /mot de passe/i }).waitFor();
  const signInReady = performance.now() - start;
  await page.getByLabel(/e-mail|identifiant|nom d.utilisateur/i).fill('manager@kaporal.test');
  await page.getByRole('textbox', { name: /mot de passe/i }).fill('kaporal');
  const submitted = performance.now();
  await page.getByRole('button', { name: /connexion|se connecter/i }).click();
  await page.locator('[data-dashboard-ready="true"]').waitFor({ timeout: 60_000 });
  return { signInReady, dashboardReady: performance.now() - submitted };
}

async function measure(cpuRate: number) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const samples: { signInReady: number; dashboardReady: number }[] = [];
  const scripts = new Set<string>();
  let apiBytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    let runApiBytes = 0;
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      if (url.pathname.startsWith('/api/') && !url.pathname.includes('/auth/')) {
        runApiBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      }
    });
    samples.push(await signInAndOpenDashboard(page));
    apiBytes = runApiBytes;
    await context.close();
  }
  await browser.close();
  return {
    signInMs: median(samples.map((s) => s.signInReady)),
    dashboardMs: median(samples.map((s) => s.dashboardReady)),
    scripts,
    apiBytes,
  };
}

function entryChunk(): string {
  const html = readFileSync('dist/index.html', 'utf8');
  const src = html.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
  if (!src) throw new Error('no entry script in dist/index.html');
  return path.join('dist', src);
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') execSync('npx vite build', { stdio: 'inherit' });
  const stop = await startServer();
  try {
    const results = [];
    for (const rate of [1, 4]) results.push({ rate, ...(await measure(rate)) });
    const entryKiB = gzipKiB(entryChunk());
    const dashboardKiB = [...results[0].scripts].reduce(
      (sum, script) => sum + gzipKiB(path.join('dist', script)),
      0,
    );
    console.log(`\nBenchmark (${SCALE} dataset, ${RUNS} runs, medians)`);
    for (const r of results) {
      console.log(
        `  CPU ${r.rate}x: sign-in page ready ${r.signInMs.toFixed(0)} ms, ` +
          `dashboard ready after sign-in ${r.dashboardMs.toFixed(0)} ms, API data ${r.apiBytes} bytes`,
      );
    }
    const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');
    console.log(
      `  entry chunk: ${entryKiB.toFixed(1)} KiB gzip ` +
        `(${verdict(entryKiB, BUDGETS.entryGzipKiB)} budget ${BUDGETS.entryGzipKiB} KiB)`,
    );
    console.log(
      `  first-load JS of the dashboard: ${dashboardKiB.toFixed(1)} KiB gzip ` +
        `(${verdict(dashboardKiB, BUDGETS.dashboardJsGzipKiB)} budget ${BUDGETS.dashboardJsGzipKiB} KiB)`,
    );
  } finally {
    stop();
  }
}

await main();
