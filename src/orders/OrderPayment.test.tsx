// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatParisDateTime } from '../domain/dates';
import { formatEuros } from '../domain/money';
import { refundedCents } from '../domain/orders';
import type { Order } from '../domain/types';
import {
  oneSpace,
  recordsWith,
  renderApp,
  signIn,
  withMockApi,
  withTestClock,
} from '../testing/app';

const { apiUrl } = withMockApi();

withTestClock();

const ordersWith = (filter: Record<string, unknown>) =>
  recordsWith<Order>(apiUrl(), 'orders', filter);

/** The payment panel of the order's page, as support reads it, once its rows are shown. */
const openPayment = async (order: Order) => {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), `/orders/${order.id}/show`);
  return screen.findByRole('region', { name: 'Paiement' });
};

const rowText = async (panel: HTMLElement, name: string) =>
  oneSpace((await within(panel).findByRole('rowheader', { name })).closest('tr')!.textContent!);

describe('the payment panel of an order', () => {
  it('says a placed order is authorised and will be charged at shipment, not that it was', async () => {
    const [order] = await ordersWith({ status: 'placed', 'payment.method': 'paypal' });
    const panel = await openPayment(order);

    expect(await rowText(panel, 'Autorisé sur PayPal, débité à l’expédition')).toContain(
      oneSpace(formatEuros(order.payment.chargedCents)),
    );
    expect(panel).not.toHaveTextContent(/Débité le/);
  });

  it('says when a shipped order was charged, and how much', async () => {
    const [order] = await ordersWith({
      status: 'shipped',
      'payment.method': 'paypal',
      'payment.status': 'captured',
    });
    const panel = await openPayment(order);

    const captured = `Débité le ${formatParisDateTime(order.payment.capturedAt!)} sur PayPal`;
    expect(await rowText(panel, captured)).toContain(
      oneSpace(formatEuros(order.payment.chargedCents)),
    );
  });

  it('says nothing was charged for a refused order, with no amount charged beside it', async () => {
    const [order] = await ordersWith({ status: 'refused' });
    const panel = await openPayment(order);

    expect(
      await within(panel).findByText('Commande refusée : rien n’a été débité.'),
    ).toBeInTheDocument();
    expect(panel).not.toHaveTextContent(/€/);
    expect(panel).not.toHaveTextContent(/Débité (le|sur)/);
  });

  it('says nothing was charged for a cancelled order', async () => {
    const [order] = await ordersWith({ status: 'cancelled' });
    const panel = await openPayment(order);

    expect(
      await within(panel).findByText('Commande annulée avant expédition : rien n’a été débité.'),
    ).toBeInTheDocument();
    expect(panel).not.toHaveTextContent(/€/);
  });

  it('lists each refund with its date and amount, then what the account is still charged', async () => {
    const [order] = (
      await ordersWith({ 'payment.status': ['refunded', 'partially_refunded'] })
    ).filter((o) => o.payment.refunds.length > 0);
    const panel = await openPayment(order);

    for (const refund of order.payment.refunds) {
      expect(await rowText(panel, `Remboursé le ${formatParisDateTime(refund.at)}`)).toContain(
        oneSpace(formatEuros(-refund.amountCents)),
      );
    }
    expect(await rowText(panel, 'Reste débité')).toContain(
      oneSpace(formatEuros(order.payment.chargedCents - refundedCents(order.payment))),
    );
  });

  it('reads the sales period as words', async () => {
    const [order] = await ordersWith({ salesPeriod: true });
    await openPayment(order);

    const label = screen.getByText('Passée pendant les soldes');
    expect(label.closest('.ra-field')).toHaveTextContent(/Oui$/);
  });
});
