import { defineConfig } from '@playwright/test';
import { E2E_NOW } from './tests/e2e/support';

const port = Number(process.env.E2E_PORT ?? 4310);

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
  webServer: {
    command: 'node_modules/.bin/tsx mock-api/reset.ts && node_modules/.bin/tsx mock-api/server.ts',
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      MOCK_STATIC: 'dist',
      MOCK_SCALE: 'small',
      MOCK_DB: `tests/e2e/artifacts/db-${port}.json`,
      MOCK_NOW: E2E_NOW,
      MOCK_QUIET: '1',
    },
  },
});
