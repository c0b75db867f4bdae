// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatParisDate, formatParisDateTime } from '../domain/dates';
import { ORDER_STATUSES, type Customer, type Order, type Role } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

afterEach(() => {
  vi.restoreAllMocks();
});

const asManager = async (path: string) => {
  const { token } = await apiSession(apiUrl(), 'manager');
  return (await callApi(apiUrl(), path, { token })).body as unknown;
};

const query = (filter: Record<string, unknown>) =>
  new URLSearchParams({ filter: JSON.stringify(filter) });

const ordersWhere = async (filter: Record<string, unknown>) =>
  (await asManager(`/orders?${query(filter)}&range=[0,9999]`)) as Order[];

const customersOf = async (orders: readonly Order[]) =>
  (await asManager(
    `/customers?${query({ id: [...new Set(orders.map((o) => o.customerId))] })}`,
  )) as Customer[];

/** The file as written, its byte order mark included (jsdom's Blob has no text()). */
const bytesOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

/** Catches the file the export hands to the browser. */
const catchDownload = () => {
  const files: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:export';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return async () => {
    await waitFor(() => expect(files).toHaveLength(1));
    return (await bytesOf(files[0])).trimEnd().split('\r\n');
  };
};

/** Opens the orders list with a filter and clicks its export: the lines of the file, the requests the export sent. */
const exportAs = async (role: Role, filter: Record<string, unknown>, rows: number) => {
  const fileLines = catchDownload();
  const user = userEvent.setup();
  await signIn(apiUrl(), role);
  renderApp(apiUrl(), `/orders?${query(filter)}`);
  const button = await screen.findByRole('button', { name: `Exporter les ${rows} lignes (CSV)` });
  // One export per list: react-admin's own, capped at 1,000 raw rows, is gone.
  expect(screen.getAllByRole('button', { name: /export/i })).toEqual([button]);
  const requests = vi.spyOn(globalThis, 'fetch');
  await user.click(button);
  const lines = await fileLines();
  const requestsTo = (resource: string) =>
    requests.mock.calls
      .map(([url]) => decodeURIComponent(String(url)))
      .filter((url) => url.startsWith(`${apiUrl()}/${resource}?`));
  return { lines, requestsTo };
};

const STATUS_FR: Record<Order['status'], string> = {
  placed: 'Passée',
  refused: 'Refusée',
  shipped: 'Expédiée',
  delivered: 'Livrée',
  cancelled: 'Annulée',
};

describe('the orders list export', () => {
  it('downloads every matching order, past a page of the export, as the list reads: French, euros, Paris dates, customers by name', async () => {
    const every = { status: [...ORDER_STATUSES] };
    const orders = await ordersWhere(every);
    expect(orders.length).toBeGreaterThan(500);
    const customers = new Map((await customersOf(orders)).map((c) => [c.id, c]));

    const { lines, requestsTo } = await exportAs('manager', every, orders.length);

    const [header, ...rows] = lines;
    expect(header).toBe(
      '\uFEFFRéférence;Passée le;Client;Statut;Total;Moyen de paiement;Mode de livraison;' +
        'Transporteur;Livraison promise le;Expédiée le;Livrée le',
    );
    expect(rows).toHaveLength(orders.length);
    const byReference = new Map(rows.map((row) => [row.split(';')[0], row.split(';')]));
    expect([...byReference.keys()].sort()).toEqual(orders.map((o) => o.reference).sort());
    for (const order of orders) {
      const customer = customers.get(order.customerId)!;
      const [, placedAt, name, status, total, , , , promisedBy, shippedAt] = byReference.get(
        order.reference,
      )!;
      expect({ placedAt, name, status, total, promisedBy, shippedAt }).toEqual({
        placedAt: formatParisDateTime(order.placedAt, 'fr-FR'),
        name: `${customer.firstName} ${customer.lastName}`,
        status: STATUS_FR[order.status],
        total: (order.totalCents / 100).toFixed(2).replace('.', ','),
        promisedBy: formatParisDate(order.promisedBy, 'fr-FR'),
        shippedAt: order.shippedAt ? formatParisDateTime(order.shippedAt, 'fr-FR') : '',
      });
    }
    expect(requestsTo('orders').map((url) => /range=(\[\d+,\d+\])/.exec(url)?.[1])).toEqual([
      '[0,499]',
      '[500,999]',
    ]);
    // The customers come a hundred at a time, not one request per row.
    expect(requestsTo('customers')).toHaveLength(Math.ceil(customers.size / 100));
  });

  it('leaves the customers out for the warehouse, which may not read them', async () => {
    const toShip = { status: 'placed' };
    const orders = await ordersWhere(toShip);

    const { lines, requestsTo } = await exportAs('warehouse', toShip, orders.length);

    const [header, ...rows] = lines;
    expect(header.split(';')).not.toContain('Client');
    expect(rows.map((row) => row.split(';')[0]).sort()).toEqual(
      orders.map((o) => o.reference).sort(),
    );
    expect(requestsTo('customers')).toEqual([]);
  });
});
