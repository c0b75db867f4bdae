import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { startMockApi, TEST_NOW } from '../../tests/support/mockApi';
import { App } from '../App';
import type { Role } from '../domain/types';
import { createAuthProvider } from '../providers/authProvider';
import { createDataProvider } from '../providers/dataProvider';
import { i18nProvider } from '../providers/i18n';
import type { Session } from '../providers/session';
import { currentConsoleWatch } from './console';

export const DEMO_PASSWORD = 'kaporal';
export const emailOf = (role: Role) => `${role}@kaporal.test`;

/**
 * A fresh browser for each test: no session, no stored preferences, in French, at the root. The
 * app of the previous test is unmounted first, and its last batched requests (react-admin groups
 * getMany calls on the next tick) leave with the session they were made for. The files of a worker
 * share their modules: a test that chose English must not leave it to the next file.
 */
export async function resetBrowser(): Promise<void> {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
  localStorage.clear();
  await i18nProvider.changeLocale('fr');
  window.history.pushState({}, '', '/');
}

/** jsdom does not scroll; react-admin scrolls to the top on navigation. */
export function stubScroll(): void {
  window.scrollTo = () => undefined;
}

/** The whole app, against the mock API at `apiUrl`, opened at `path` (react-admin routes by hash). */
export function renderApp(apiUrl: string, path = '/') {
  window.history.pushState({}, '', `/#${path}`);
  return render(
    <App dataProvider={createDataProvider(apiUrl)} authProvider={createAuthProvider(apiUrl)} />,
  );
}

/** Signs in through the auth provider, as the login page does, without typing. */
export function signIn(apiUrl: string, role: Role): Promise<unknown> {
  return createAuthProvider(apiUrl).login({ username: emailOf(role), password: DEMO_PASSWORD });
}

/** A raw call to the API, outside the app: what the server answers, status and body. */
export async function callApi(
  apiUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${apiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/json',
      'Accept-Language': 'fr',
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: await response.json() };
}

/** What the API answers a role for a read or a write made outside the app: its body. */
export async function callApiAs<T>(
  apiUrl: string,
  role: Role,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const { token } = await apiSession(apiUrl, role);
  return (await callApi(apiUrl, path, { token, ...init })).body as unknown as T;
}

/** Signs in directly against the API and returns the session, leaving the browser untouched. */
export async function apiSession(apiUrl: string, role: Role, password = DEMO_PASSWORD) {
  const { body } = await callApi(apiUrl, '/auth/login', {
    method: 'POST',
    body: { email: emailOf(role), password },
  });
  return body as unknown as Session;
}

/**
 * The browser's clock at the mock API's (TEST_NOW), running so that countdowns agree with it, or
 * standing still (`running: false`) for a test that reads a clock to the minute.
 */
export function withTestClock({ running = true } = {}): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: running });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Money is written with narrow no-break spaces; the page's text is read with plain ones. */
export const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

/** The records of a resource that match a filter, as the admin reads them: a test picks its case. */
export async function recordsWith<T>(
  apiUrl: string,
  resource: string,
  filter: Record<string, unknown>,
): Promise<T[]> {
  const { token } = await apiSession(apiUrl, 'admin');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl, `/${resource}?filter=${query}&range=[0,199]`, { token });
  return body as unknown as T[];
}

/** The console of the test file: silent after each test, but for the refusal a test declares. */
export function watchConsole() {
  return currentConsoleWatch();
}

/**
 * The set-up of a component test file: the mock API behind msw for the whole file, a clean
 * browser and a silent console after each test. Call it at the top level of the file.
 */
export function withMockApi() {
  const logs = watchConsole();
  let api: Awaited<ReturnType<typeof startMockApi>> | undefined;
  beforeAll(async () => {
    stubScroll();
    api = await startMockApi();
  });
  afterAll(() => api?.close());
  afterEach(async () => {
    await resetBrowser();
    logs.expectSilent();
  });
  return {
    logs,
    apiUrl: () => {
      if (!api) throw new Error('the mock API starts in beforeAll');
      return api.apiUrl;
    },
  };
}
