import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** The tests that replace a module with `vi.mock`: they need modules of their own. */
const MOCKING = ['mock-api/core/passwords.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    // Child processes (the default pool, forks) get the time zone from the start: a worker thread
    // could not change it, whatever tests/setup.ts says.
    pool: 'forks',
    env: { TZ: 'Europe/Paris' },
    setupFiles: ['tests/setup.ts'],
    // Vitest's default is one worker less than the cores: a single one on a 2-core machine.
    maxWorkers: 2,
    // A limit for a stuck test, not a speed target: a busy machine may run a test several times
    // slower than a quiet one, and no test races a clock that load can beat.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Each file starts its own mock API (a copy of the dataset) and leaves a clean browser, so
    // files share their worker and its loaded modules: react-admin and MUI, the dataset
    // generated once per worker, the lazy pages.
    isolate: false,
    // Files run project by project, in the order of the names: the node files first, so that
    // their longest (the HTTP contract, durability) never run last with the other worker idle.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'src/**/*.test.ts',
            'mock-api/**/*.test.ts',
            'tests/contract/**/*.test.ts',
            'tests/kpis/**/*.test.ts',
            'tests/build/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, ...MOCKING],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'node-mocks', include: MOCKING, environment: 'node', isolate: true },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
});
