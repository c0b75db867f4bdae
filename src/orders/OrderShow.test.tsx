// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatEuros } from '../domain/money';
import { daysLate, isLate } from '../domain/orders';
import type { Order } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const ordersWith = async (filter: Record<string, unknown>) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl(), `/orders?filter=${query}&range=[0,199]`, { token });
  return body as unknown as Order[];
};
const orderById = async (id: number) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), `/orders/${id}`, { token })).body as unknown as Order;
};

/** Money is written with narrow no-break spaces; the page's text is read with plain ones. */
const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

const openOrder = async (order: Order, role: 'support' | 'warehouse' | 'manager') => {
  await signIn(apiUrl(), role);
  renderApp(apiUrl(), `/orders/${order.id}/show`);
  return screen.findByRole('table', { name: 'Montants' });
};

describe('the order page', () => {
  it('adds up subtotal − discount + shipping = total, with the promo code', async () => {
    const [order] = (await ordersWith({ status: 'delivered' })).filter(
      (o) => o.promoCode && o.shippingFeeCents > 0,
    );
    const totals = await openOrder(order, 'support');

    const rows = within(totals)
      .getAllByRole('row')
      .map((row) => oneSpace(row.textContent!));
    expect(rows).toEqual([
      oneSpace(`Sous-total${formatEuros(order.subtotalCents)}`),
      oneSpace(`Remise (code ${order.promoCode})${formatEuros(-order.discountCents)}`),
      oneSpace(`Frais de port${formatEuros(order.shippingFeeCents)}`),
      oneSpace(`Total${formatEuros(order.totalCents)}`),
    ]);
    expect(order.subtotalCents - order.discountCents + order.shippingFeeCents).toBe(
      order.totalCents,
    );
  });

  it('says that nothing was debited for a refused order', async () => {
    const [order] = await ordersWith({ status: 'refused' });
    await openOrder(order, 'support');
    expect(await screen.findByText('Commande refusée : rien n’a été débité.')).toBeInTheDocument();
  });

  it('shows a late order’s days past its promise', async () => {
    const [order] = (await ordersWith({ late: true, status: 'shipped' })).filter(
      (o) => daysLate(o, TEST_NOW) > 1,
    );
    expect(isLate(order, TEST_NOW)).toBe(true);
    await openOrder(order, 'support');
    const delivery = screen.getByRole('region', { name: 'Livraison' });
    expect(
      await within(delivery).findByText(`${daysLate(order, TEST_NOW)} jours de retard`),
    ).toBeInTheDocument();
  });

  it('ships a placed order with its tracking number, and the payment is captured', async () => {
    const [order] = await ordersWith({ status: 'placed', 'payment.method': 'card' });
    await openOrder(order, 'warehouse');
    await userEvent.click(await screen.findByRole('button', { name: 'Expédier' }));
    const dialog = await screen.findByRole('dialog');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Expédier et débiter' }));
    expect(within(dialog).getByText('Saisissez le numéro de suivi du colis.')).toBeInTheDocument();
    expect((await orderById(order.id)).status).toBe('placed');

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'N° de suivi' }),
      '6A12345678901',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Expédier et débiter' }));

    expect(
      await screen.findByText(
        (text) =>
          oneSpace(text) ===
          oneSpace(`Commande expédiée : ${formatEuros(order.payment.chargedCents)} débités.`),
      ),
    ).toBeInTheDocument();
    const shipped = await orderById(order.id);
    expect(shipped).toMatchObject({
      status: 'shipped',
      shippedAt: TEST_NOW,
      delivery: { trackingNumber: '6A12345678901' },
      payment: { status: 'captured', capturedAt: TEST_NOW },
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Expédier' })).not.toBeInTheDocument(),
    );
  });

  it('offers no move to the manager, who reads everything', async () => {
    const [order] = await ordersWith({ status: 'placed' });
    await openOrder(order, 'manager');
    expect(screen.getByRole('region', { name: 'Paiement' })).toBeInTheDocument();
    for (const name of ['Expédier', 'Marquer livrée', 'Refuser', 'Annuler la commande']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });
});
