// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { formatParisDate } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { RETURNS_ADDRESS } from '../../domain/returnsAddress';
import type { Customer, DeliveryMode, Order, ReturnAuthorisation, Role } from '../../domain/types';
import { createAuthProvider } from '../../providers/authProvider';
import { createDataProvider } from '../../providers/dataProvider';
import { fr } from '../../providers/i18n/fr';
import { apiSession, callApi, signIn, withMockApi } from '../../testing/app';
import { returnPrintFr } from './messages.fr';
import ReturnPrintPage from './ReturnPrintPage';

const { apiUrl, logs } = withMockApi();

const i18nProvider = polyglotI18nProvider(
  () => ({ ...fr, app: { ...fr.app, returns: { ...fr.app.returns, print: returnPrintFr } } }),
  'fr',
);

const get = async <T,>(path: string, filter: Record<string, unknown> = {}) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl(), `${path}?filter=${query}`, { token });
  return body as unknown as T;
};

/** A return of the seeded data with that fee, whose order went to that kind of address. */
const findReturn = async (returnShippingFeeCents: number, mode: DeliveryMode) => {
  const returns = await get<ReturnAuthorisation[]>('/returns', { returnShippingFeeCents });
  const orders = await get<Order[]>('/orders', {
    id: returns.map((ret) => ret.orderId),
    'delivery.mode': mode,
  });
  const ret = returns.find((candidate) => orders.some((o) => o.id === candidate.orderId))!;
  const order = orders.find((o) => o.id === ret.orderId)!;
  const customer = await get<Customer>(`/customers/${ret.customerId}`);
  return { ret, order, customer };
};

const openPrintPage = async (role: Role, id: number | string) => {
  const locations: string[] = [];
  await signIn(apiUrl(), role);
  render(
    <TestMemoryRouter
      initialEntries={[`/returns/${id}/print`]}
      locationCallback={(location) => locations.push(location.pathname)}
    >
      <AdminContext
        dataProvider={createDataProvider(apiUrl())}
        authProvider={createAuthProvider(apiUrl())}
        i18nProvider={i18nProvider}
      >
        <Routes>
          <Route path="/returns/:id/print" element={<ReturnPrintPage />} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return locations;
};

const openSheet = async (role: Role, id: number) => {
  const locations = await openPrintPage(role, id);
  await screen.findByRole('heading', { name: 'Accord de retour' });
  return locations;
};

/** The value next to a term of the details: raw text, the no-break spaces of amounts kept. */
const detail = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextSibling?.textContent;

describe('the printable return authorisation', () => {
  it('shows the reference as a Code 128 barcode and in text, the order, customer and lines', async () => {
    const { ret, order, customer } = await findReturn(590, 'home');
    await openSheet('support', ret.id);

    expect(screen.getByText('Kaporal')).toBeInTheDocument();
    expect(screen.getByText(ret.reference)).toBeInTheDocument();
    const barcode = screen.getByRole('img', { name: `Code-barres du retour ${ret.reference}` });
    expect(barcode.tagName).toBe('svg');
    expect(barcode.querySelectorAll('g rect').length).toBeGreaterThan(10);
    expect(detail('Commande')).toBe(order.reference);
    expect(detail('Date de commande')).toBe(formatParisDate(order.placedAt));
    expect(detail('Client')).toBe(`${customer.firstName} ${customer.lastName}`);
    expect(detail('Adresse')).toBe(order.delivery.address);
    expect(detail('Solution choisie')).toBe(fr.enums.resolution[ret.resolution]);
    expect(detail('Frais de retour')).toBe(formatEuros(590));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual(
      ret.lines.map((line) => [
        line.name,
        line.sku,
        String(line.quantity),
        fr.enums.returnReason[line.reason],
      ]),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('says where to send the parcel and what is accepted, above the packing steps', async () => {
    const { ret } = await findReturn(590, 'home');
    await openSheet('support', ret.id);

    const sendTo = screen.getByRole('region', { name: 'Où envoyer votre colis' });
    for (const line of RETURNS_ADDRESS) expect(within(sendTo).getByText(line)).toBeInTheDocument();
    expect(sendTo).toHaveTextContent(
      'Sont acceptés les articles neufs, non portés, avec leurs étiquettes et en parfait état de revente.',
    );
    const { check, enclose, pack } = returnPrintFr.packing;
    expect(screen.getAllByRole('listitem').map((step) => step.textContent)).toEqual([
      check,
      enclose,
      pack,
    ]);
  });

  it('says the return shipping is free for a Klub member, and gives no relay point address', async () => {
    const { ret } = await findReturn(0, 'relay_point');
    await openSheet('support', ret.id);

    expect(detail('Frais de retour')).toBe('offert (membre du Klub)');
    expect(screen.queryByText('Adresse', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('prints for the warehouse without asking for the customer it may not read', async () => {
    const { ret } = await findReturn(590, 'home');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await openSheet('warehouse', ret.id);

    expect(screen.getByText(ret.reference)).toBeInTheDocument();
    expect(screen.queryByText('Client', { selector: 'dt' })).not.toBeInTheDocument();
    const urls = fetchSpy.mock.calls.map(([input]) =>
      String(input instanceof Request ? input.url : input),
    );
    expect(urls.some((url) => url.includes(`/returns/${ret.id}`))).toBe(true);
    expect(urls.some((url) => url.includes('/customers'))).toBe(false);
    fetchSpy.mockRestore();
  });

  it('prints with the browser, and links back to the return', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { ret } = await findReturn(590, 'home');
    const locations = await openSheet('support', ret.id);

    await userEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('link', { name: 'Retour à la fiche du retour' }));
    expect(locations.at(-1)).toBe(`/returns/${ret.id}/show`);
    print.mockRestore();
  });

  it('says so when no return has the id of the URL', async () => {
    logs.expectRefusal(404);
    await openPrintPage('support', 999999);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Aucun retour ne porte l’identifiant « 999999 ».',
    );
  });
});
