// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockApi } from '../tests/support/mockApi';
import { RESOURCES } from './domain/types';
import {
  apiSession,
  callApi,
  renderApp,
  resetBrowser,
  signIn,
  stubScroll,
  watchConsole,
} from './testing/app';

let api: Awaited<ReturnType<typeof startMockApi>>;
let token: string;
const logs = watchConsole();

/** A fresh dataset has no audit event yet: one accepted write appends the first. */
async function writeOnce() {
  const { body: store } = await callApi(api.apiUrl, `/stores/${await firstId('stores')}`, {
    token,
  });
  await callApi(api.apiUrl, `/stores/${store.id}`, {
    method: 'PUT',
    token,
    body: { openingHours: 'Lun-Sam 10h-19h', version: store.version },
  });
}

beforeAll(async () => {
  stubScroll();
  api = await startMockApi();
  token = (await apiSession(api.apiUrl, 'admin')).token;
  await writeOnce();
});
afterAll(() => api.close());
beforeEach(() => signIn(api.apiUrl, 'admin'));
afterEach(async () => {
  await resetBrowser();
  logs.expectSilent();
});

async function firstId(resource: string): Promise<number> {
  const { body } = await callApi(api.apiUrl, `/${resource}?range=[0,0]`, { token });
  return (body as unknown as { id: number }[])[0].id;
}

describe.each(RESOURCES)('the %s pages, as admin', (resource) => {
  it('list the records one page at a time, without a warning', async () => {
    renderApp(api.apiUrl, `/${resource}`);
    const table = await screen.findByRole('table');
    expect(await within(table).findAllByRole('row')).not.toHaveLength(0);
    expect(await screen.findByText(/^1-\d+ (sur|of) \d+$/)).toBeInTheDocument();
  });

  it('show a record with its history, without a warning', async () => {
    renderApp(api.apiUrl, `/${resource}/${await firstId(resource)}/show`);
    expect(await screen.findAllByText(/./, { selector: '.RaLabeled-label span' })).not.toHaveLength(
      0,
    );
  });
});
