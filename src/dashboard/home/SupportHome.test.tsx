// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../../tests/support/mockApi';
import { refundClock } from '../../domain/returns';
import type { ReturnAuthorisation } from '../../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../../testing/app';

const { apiUrl } = withMockApi();

// The browser's clock is the dataset's, as the server's is.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const overdueRefunds = async () => {
  const { token } = await apiSession(apiUrl(), 'support');
  const filter = encodeURIComponent(JSON.stringify({ overdue: true }));
  const { body } = await callApi(apiUrl(), `/returns?filter=${filter}`, { token });
  return body as unknown as ReturnAuthorisation[];
};

describe('the customer service home page', () => {
  it('lists the overdue refunds, most overdue first, with their days of delay', async () => {
    const overdue = await overdueRefunds();
    const expected = overdue
      .toSorted((a, b) => Date.parse(a.refundDueBy!) - Date.parse(b.refundDueBy!))
      .map((ret) => ({ reference: ret.reference, clock: refundClock(ret, TEST_NOW)! }));
    const lateness = expected.map(({ clock }) => ('days' in clock ? clock.days : 0));
    expect(lateness).toEqual(lateness.toSorted((a, b) => b - a));
    expect(expected.length).toBeGreaterThan(1);

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl());

    const section = await screen.findByRole('region', { name: 'Remboursements en retard' });
    expect(await within(section).findByText(`${overdue.length} à traiter`)).toBeInTheDocument();
    const rows = within(section).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [
        within(row).getByRole('link', { name: /^RET-/ }).textContent,
        within(row).getAllByRole('cell').at(-1)?.textContent,
      ]),
    ).toEqual(
      expected
        .slice(0, 10)
        .map(({ reference, clock }) => [
          reference,
          clock.state === 'late'
            ? `${clock.days} ${clock.days === 1 ? 'jour' : 'jours'} de retard`
            : 'Échéance dépassée aujourd’hui',
        ]),
    );
  });
});
