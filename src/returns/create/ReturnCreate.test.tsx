// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../../tests/support/mockApi';
import { formatParisDate, parisCalendarDaysBetween } from '../../domain/dates';
import { remainingQuantities, RETURN_WINDOW_DAYS } from '../../domain/returns';
import type { Customer, Order, ReturnAuthorisation } from '../../domain/types';
import {
  apiSession,
  callApi,
  renderApp,
  resetBrowser,
  signIn,
  withMockApi,
} from '../../testing/app';

const { apiUrl, logs } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const asSupport = async (path: string, init: { method?: string; body?: unknown } = {}) => {
  const { token } = await apiSession(apiUrl(), 'support');
  return callApi(apiUrl(), path, { token, ...init });
};
const list = async <T,>(resource: string, filter: Record<string, unknown>) =>
  (
    await asSupport(
      `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,199]`,
    )
  ).body as unknown as T[];

const openForm = async (order: Order) => {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), '/returns/create');
  const field = await screen.findByRole('textbox', { name: 'Référence de la commande' });
  await userEvent.type(field, `${order.reference}{Enter}`);
};

const customerOf = async (order: Order) =>
  (await asSupport(`/customers/${order.customerId}`)).body as unknown as Customer;

/** The panel that says whose order the form is for, once it has read the customer. */
const ownerPanel = () => screen.findByRole('region', { name: 'Client de la commande' });

/** A delivered order delivered more than 14 days ago. */
const lateOrder = async () => {
  const [late] = (await list<Order>('orders', { status: 'delivered' })).filter(
    (order) => parisCalendarDaysBetween(order.deliveredAt!, TEST_NOW) > RETURN_WINDOW_DAYS,
  );
  return late;
};

/** A delivered order with at least two skus left to return, within the window. */
const returnableOrder = async () => {
  const since = new Date(Date.parse(TEST_NOW) - 13 * 86_400_000).toISOString();
  for (const order of await list<Order>('orders', {
    status: 'delivered',
    deliveredAt_gte: since,
  })) {
    if (parisCalendarDaysBetween(order.deliveredAt!, TEST_NOW) > RETURN_WINDOW_DAYS) continue;
    const held = await list<ReturnAuthorisation>('returns', { orderId: order.id });
    const remaining = remainingQuantities(order, held);
    const open = order.lines.filter((line) => remaining[line.sku] > 0);
    if (open.length >= 2) return { order, open, remaining };
  }
  throw new Error('no returnable order in the dataset');
};

describe('creating a return on behalf of a customer', () => {
  it('says in plain words that an order delivered too long ago cannot be returned', async () => {
    const late = await lateOrder();
    const days = parisCalendarDaysBetween(late.deliveredAt!, TEST_NOW);
    await openForm(late);

    expect(
      await screen.findByText(
        `La commande ${late.reference} a été livrée il y a ${days} jours, au-delà des 14 jours : le délai de retour est dépassé.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: 'Quantité' })).not.toBeInTheDocument();
  });

  it('offers only what remains, and puts the server’s refusal on the line it concerns', async () => {
    const { order, open, remaining } = await returnableOrder();
    await openForm(order);
    const quantities = await screen.findAllByRole('spinbutton', { name: 'Quantité' });
    expect(quantities).toHaveLength(open.length);
    for (const [index, line] of open.entries()) {
      const row = quantities[index].closest('.MuiStack-root') as HTMLElement;
      expect(row).toHaveTextContent(line.sku);
      expect(row).toHaveTextContent(`Reste à retourner : ${remaining[line.sku]}`);
      expect(quantities[index]).toHaveAttribute('max', String(remaining[line.sku]));
    }

    // Only the second line is asked; meanwhile a colleague returns all of it.
    const second = open[1];
    await userEvent.type(quantities[1], '1');
    const reasons = screen.getAllByRole('combobox', { name: 'Motif' });
    await userEvent.click(reasons[1]);
    await userEvent.click(await screen.findByRole('option', { name: 'Défectueux' }));
    const taken = await asSupport('/returns', {
      method: 'POST',
      body: {
        orderId: order.id,
        resolution: 'refund',
        lines: [{ sku: second.sku, quantity: remaining[second.sku], reason: 'other' }],
      },
    });
    expect(taken.status).toBe(201);
    const before = (await list<ReturnAuthorisation>('returns', { orderId: order.id })).length;
    logs.expectRefusal(422);

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const row = quantities[1].closest('.MuiStack-root')!;
    expect(
      await within(row as HTMLElement).findByText(
        `Au plus 0 article(s) ${second.sku} peuvent encore être retournés.`,
      ),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/returns/create');
    expect(quantities[1]).toHaveValue(1);
    await waitFor(async () =>
      expect((await list<ReturnAuthorisation>('returns', { orderId: order.id })).length).toBe(
        before,
      ),
    );
  });
});

describe('the order a return is created for', () => {
  it('says whose order a typed reference is, with its date and status', async () => {
    const [order] = await list<Order>('orders', { status: 'shipped' });
    const customer = await customerOf(order);
    await openForm(order);

    const owner = await ownerPanel();
    expect(owner).toHaveTextContent(`${customer.firstName} ${customer.lastName}`);
    expect(owner).toHaveTextContent(`${customer.reference} · ${customer.email}`);
    expect(owner).toHaveTextContent(
      `Commande ${order.reference} passée le ${formatParisDate(order.placedAt)} : Expédiée`,
    );
    expect(
      await screen.findByText(
        `La commande ${order.reference} n’a pas été livrée : elle ne peut pas être retournée.`,
      ),
    ).toBeInTheDocument();
  });

  it('is filled in by “Créer un retour” on the order page, with its customer', async () => {
    const { order, open } = await returnableOrder();
    const customer = await customerOf(order);
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/orders/${order.id}/show`);
    await userEvent.click(await screen.findByRole('link', { name: 'Créer un retour' }));

    const owner = await ownerPanel();
    expect(window.location.hash).toMatch(/^#\/returns\/create\?/);
    expect(owner).toHaveTextContent(`${customer.reference} · ${customer.email}`);
    expect(owner).toHaveTextContent(`Commande ${order.reference} passée le`);
    expect(screen.getByRole('combobox', { name: /^Client/ })).toHaveValue(
      `${customer.firstName} ${customer.lastName}`,
    );
    expect(await screen.findAllByRole('spinbutton', { name: 'Quantité' })).toHaveLength(
      open.length,
    );
  });

  it('is found by choosing the customer by e-mail, then one of their delivered orders', async () => {
    const { order, open } = await returnableOrder();
    const customer = await customerOf(order);
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), '/returns/create');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: /^Client/ }));
    await user.paste(customer.email);
    const option = await screen.findByRole('option', { name: new RegExp(customer.email) });
    expect(option).toHaveTextContent(`${customer.reference} · ${customer.email}`);
    await user.click(option);

    await user.click(await screen.findByRole('combobox', { name: 'Commande du client' }));
    await user.click(
      await screen.findByRole('option', {
        name: `${order.reference}, livrée le ${formatParisDate(order.deliveredAt!)}`,
      }),
    );

    expect(await ownerPanel()).toHaveTextContent(`Commande ${order.reference} passée le`);
    expect(await screen.findAllByRole('spinbutton', { name: 'Quantité' })).toHaveLength(
      open.length,
    );
  });
});

describe('the “Créer un retour” action of the order page', () => {
  const openOrder = async (order: Order, role: 'support' | 'warehouse') => {
    await signIn(apiUrl(), role);
    renderApp(apiUrl(), `/orders/${order.id}/show`);
  };

  it('is disabled for an order delivered more than 14 days ago, saying so', async () => {
    const late = await lateOrder();
    const days = parisCalendarDaysBetween(late.deliveredAt!, TEST_NOW);
    await openOrder(late, 'support');

    const action = await screen.findByRole('button', { name: 'Créer un retour' });
    expect(action).toBeDisabled();
    expect(action).toHaveAccessibleDescription(
      `Livrée il y a ${days} jours, plus de 14 jours : délai de retour dépassé`,
    );
  });

  it('is disabled for an order not delivered yet, and not offered to the warehouse', async () => {
    const [shipped] = await list<Order>('orders', { status: 'shipped' });
    await openOrder(shipped, 'support');
    const action = await screen.findByRole('button', { name: 'Créer un retour' });
    expect(action).toBeDisabled();
    expect(action).toHaveAccessibleDescription('Commande non livrée (Expédiée) : rien à retourner');

    await resetBrowser();
    await openOrder(shipped, 'warehouse');
    await screen.findByRole('button', { name: 'Marquer livrée' });
    expect(screen.queryByText('Créer un retour')).not.toBeInTheDocument();
  });
});
