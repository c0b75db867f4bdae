// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContactRequest } from '../domain/types';
import { fr } from '../providers/i18n/fr';
import { recordsWith, renderApp, signIn, withMockApi, withTestClock } from '../testing/app';

const { apiUrl } = withMockApi();
withTestClock();

const requestsWith = (filter: Record<string, unknown>) =>
  recordsWith<ContactRequest>(apiUrl(), 'contact-requests', filter);

/** A customer who wrote to customer service several times, once at least about an order. */
async function aCustomerWithRequests() {
  const requests = await requestsWith({});
  const writers = requests.map((request) => request.customerId).filter((id) => id !== null);
  const oftenWriting = writers.filter((id, index) => writers.indexOf(id) !== index);
  for (const customerId of new Set(oftenWriting)) {
    const theirs = await requestsWith({ customerId });
    if (theirs.length <= 10 && theirs.some((request) => request.orderReference)) {
      return {
        customerId,
        newestFirst: theirs.toSorted((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt)),
      };
    }
  }
  throw new Error('the dataset has no customer who wrote several times about an order');
}

describe('the requests tab of the customer page', () => {
  it('lists that customer’s requests, newest first, each opening its page', async () => {
    const { customerId, newestFirst } = await aCustomerWithRequests();

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/customers/${customerId}/show/contact-requests`);

    expect(await screen.findByRole('tab', { name: 'Demandes', selected: true })).toBeVisible();
    const table = await screen.findByRole('table');
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(newestFirst.length + 1),
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => {
        const [reference, , reason, status, order] = within(row).getAllByRole('cell');
        return [reference, reason, status, order].map((cell) => cell.textContent);
      }),
    ).toEqual(
      newestFirst.map((request) => [
        request.reference,
        fr.enums.contactReason[request.reason],
        fr.enums.contactRequestStatus[request.status],
        expect.stringContaining(request.orderReference ?? ''),
      ]),
    );

    await userEvent.click(rows[0]);
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/contact-requests/${newestFirst[0].id}/show`),
    );
  });
});
