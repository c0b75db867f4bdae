// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockApi } from '../../tests/support/mockApi';
import {
  FIRST_RENDER,
  renderApp,
  resetBrowser,
  signIn,
  stubScroll,
  watchConsole,
} from '../testing/app';

let api: Awaited<ReturnType<typeof startMockApi>>;
const logs = watchConsole();

beforeAll(async () => {
  stubScroll();
  api = await startMockApi();
});
afterAll(() => api.close());
afterEach(async () => {
  await resetBrowser();
  logs.expectSilent();
});

describe('a page the role may not open', () => {
  it('says so, naming the role, instead of showing the page', async () => {
    logs.expectRefusal(403);
    await signIn(api.apiUrl, 'warehouse');
    renderApp(api.apiUrl, '/customers');

    expect(
      await screen.findByText(
        "Votre rôle (Entrepôt) ne permet pas d'ouvrir cette page.",
        {},
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
