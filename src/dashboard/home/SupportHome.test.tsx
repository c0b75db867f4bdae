// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../tests/support/mockApi';
import { refundClock } from '../../domain/returns';
import type { ContactRequest, ReturnAuthorisation } from '../../domain/types';
import {
  apiSession,
  callApi,
  renderApp,
  signIn,
  withMockApi,
  withTestClock,
} from '../../testing/app';

const { apiUrl } = withMockApi();

// The browser's clock is the dataset's, as the server's is.
withTestClock();

const overdueRefunds = async () => {
  const { token } = await apiSession(apiUrl(), 'support');
  const filter = encodeURIComponent(JSON.stringify({ overdue: true }));
  const { body } = await callApi(apiUrl(), `/returns?filter=${filter}`, { token });
  return body as unknown as ReturnAuthorisation[];
};

/** The requests that match, as support reads them: at most 1,000, the list's widest page. */
const contactRequests = async (filter: Record<string, unknown>) => {
  const { token } = await apiSession(apiUrl(), 'support');
  const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`;
  const { body } = await callApi(apiUrl(), `/contact-requests?${query}`, { token });
  const requests = body as unknown as ContactRequest[];
  expect(requests.length).toBeLessThan(1000);
  return requests;
};

/** The filter of a link to a react-admin list (`#/resource?filter=...`). */
const filterOf = (link: HTMLElement) =>
  JSON.parse(new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('filter')!);

describe('the customer service home page', () => {
  it('counts the customer requests to answer, and apart those past their reply promise, listed first', async () => {
    const toAnswer = await contactRequests({ status: ['new', 'open'] });
    const overdue = await contactRequests({ status: ['new', 'open'], overdue: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(toAnswer.length);
    const isOverdue = new Set(overdue.map((request) => request.reference));

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl());

    const section = await screen.findByRole('region', { name: 'Demandes clients à traiter' });
    expect(await within(section).findByText(`${toAnswer.length} à traiter`)).toBeInTheDocument();
    const overdueLink = within(section).getByRole('link', {
      name: `${overdue.length} en retard de réponse`,
    });
    expect(filterOf(overdueLink)).toEqual({ status: ['new', 'open'], overdue: true });
    expect(filterOf(within(section).getByRole('link', { name: 'Voir tout' }))).toEqual({
      status: ['new', 'open'],
    });

    const shown = within(section)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('link', { name: /^DEM-/ }).textContent!);
    expect(shown).toHaveLength(Math.min(toAnswer.length, 10));
    const firstOverdue = shown.slice(0, overdue.length);
    expect(firstOverdue.every((reference) => isOverdue.has(reference))).toBe(true);
  });

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
