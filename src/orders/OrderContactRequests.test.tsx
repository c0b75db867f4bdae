// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContactRequest } from '../domain/types';
import { fr } from '../providers/i18n/fr';
import { recordsWith, renderApp, signIn, withMockApi, withTestClock } from '../testing/app';

const { apiUrl } = withMockApi();
withTestClock();

/** The order customers asked about most, and those requests, newest first. */
async function anOrderAskedAbout() {
  const linked = (await recordsWith<ContactRequest>(apiUrl(), 'contact-requests', {})).filter(
    (request) => request.orderId !== null,
  );
  const count = (orderId: number) => linked.filter((r) => r.orderId === orderId).length;
  const [{ orderId }] = linked.toSorted((a, b) => count(b.orderId!) - count(a.orderId!));
  const requests = await recordsWith<ContactRequest>(apiUrl(), 'contact-requests', { orderId });
  return {
    orderId: orderId!,
    newestFirst: requests.toSorted((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt)),
  };
}

describe('the customer requests panel of the order page', () => {
  it('lists the requests about the order, newest first, each a link to it', async () => {
    const { orderId, newestFirst } = await anOrderAskedAbout();
    expect(newestFirst.length).toBeGreaterThan(0);

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/orders/${orderId}/show`);

    const panel = await screen.findByRole('region', { name: 'Demandes clients' });
    const links = await within(panel).findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      newestFirst.map((request) => [request.reference, `#/contact-requests/${request.id}/show`]),
    );
    for (const request of newestFirst) {
      const line = within(panel).getByText(request.reference).closest('li')!;
      expect(line).toHaveTextContent(fr.enums.contactRequestStatus[request.status]);
      expect(line).toHaveTextContent(fr.enums.contactReason[request.reason]);
    }
  });

  // A request for them would be refused (403), and the test fails on an unexpected refusal.
  it('is absent for the warehouse, which does not even ask for the requests', async () => {
    const { orderId } = await anOrderAskedAbout();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/orders/${orderId}/show`);

    // The menu shows once the role's access is known: the panel would ask from then on.
    await screen.findByRole('menuitem', { name: 'Commandes' });
    await screen.findByRole('region', { name: 'Livraison' });
    expect(screen.queryByRole('region', { name: 'Demandes clients' })).not.toBeInTheDocument();
    const urls = fetchSpy.mock.calls.map(([input]) =>
      String(input instanceof Request ? input.url : input),
    );
    expect(urls.some((url) => url.includes('/orders/'))).toBe(true);
    expect(urls.some((url) => url.includes('/contact-requests'))).toBe(false);
    fetchSpy.mockRestore();
  });
});
