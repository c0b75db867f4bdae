import { createRequire } from 'node:module';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
export const DEMO_PASSWORD = 'kaporal';

/** Console errors and warnings of a page, and uncaught exceptions, collected as they happen. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  return problems;
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/e-mail|identifiant|nom d.utilisateur/i).fill(email);
  await page.getByRole('textbox', { name: /mot de passe/i }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /connexion|se connecter/i }).click();
  await expect(page.getByRole('menu')).toBeVisible();
}

/** Signs out from the user menu, as staff do when the next colleague takes the tablet. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button').last().click();
  await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
  await expect(page.getByRole('button', { name: /connexion|se connecter/i })).toBeVisible();
}

/** Serious and critical accessibility violations on the page once it has finished loading. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const results = await axe.run();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(' ')} (${v.nodes.length} node(s))`,
      );
  });
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** The port of the app and mock API in the browser tests; the next one serves a Friday evening. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);

/** The clock of the mock API in the browser tests (MOCK_NOW of playwright.config.ts). */
export const E2E_NOW = '2026-11-25T09:00:00.000Z';
/**
 * The clock of the second mock API (port + 1): Friday 20 November 2026, 17:00 in Paris, half an
 * hour before customer service closes for the weekend.
 */
export const E2E_FRIDAY_EVENING = '2026-11-20T16:00:00.000Z';
/** The app and API whose clock is E2E_FRIDAY_EVENING. */
export const FRIDAY_BASE_URL = `http://127.0.0.1:${E2E_PORT + 1}`;

/** The browser's clock set to the server's, so that countdowns and windows agree with it. */
export async function useServerClock(page: Page, now = E2E_NOW): Promise<void> {
  await page.clock.setFixedTime(new Date(now));
}

/** A raw call to the mock API as a role, for a test to pick its records or check the result. */
export async function apiAs(request: APIRequestContext, role: string) {
  const login = await request.post('/api/auth/login', {
    data: { email: `${role}@kaporal.test`, password: DEMO_PASSWORD },
  });
  const { token } = (await login.json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}` };
  return {
    async list<T>(
      resource: string,
      filter: Record<string, unknown>,
      range = [0, 99],
    ): Promise<T[]> {
      const query = new URLSearchParams({
        filter: JSON.stringify(filter),
        range: JSON.stringify(range),
      });
      return (await request.get(`/api/${resource}?${query}`, { headers })).json();
    },
    async one<T>(resource: string, id: number): Promise<T> {
      return (await request.get(`/api/${resource}/${id}`, { headers })).json();
    },
  };
}
