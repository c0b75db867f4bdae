import { defineConfig } from '@playwright/test';
import { E2E_FRIDAY_EVENING, E2E_NOW, E2E_PORT as port } from './tests/e2e/support';

/** Browser tests against the production build and the mock API, served together on one origin. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/artifacts',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [mockApi(port, E2E_NOW), mockApi(port + 1, E2E_FRIDAY_EVENING)],
});

/** The production build and the mock API over fresh `small` data, its clock fixed at `now`. */
function mockApi(on: number, now: string) {
  return {
    command: 'node_modules/.bin/tsx mock-api/reset.ts && node_modules/.bin/tsx mock-api/server.ts',
    url: `http://127.0.0.1:${on}/index.html`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(on),
      MOCK_STATIC: 'dist',
      MOCK_SCALE: 'small',
      MOCK_DB: `tests/e2e/artifacts/db-${on}.json`,
      MOCK_NOW: now,
      MOCK_QUIET: '1',
    },
  };
}
