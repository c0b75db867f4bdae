import { expect, test, type APIRequestContext } from '@playwright/test';
import { formatEuros } from '../../src/domain/money';
import type { Order } from '../../src/domain/types';
import {
  apiAs,
  DEMO_PASSWORD,
  seriousViolations,
  signIn,
  useServerClock,
  watchConsole,
} from './support';

/** Placed orders (paid by card, when asked), oldest first. */
async function placedOrders(request: APIRequestContext, filter: Record<string, unknown> = {}) {
  const api = await apiAs(request, 'admin');
  return api.list<Order>('orders', { status: 'placed', ...filter });
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await useServerClock(page);
});

test('warehouse: ships a placed order with its tracking number; the payment is captured', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const [order] = await placedOrders(request, { 'payment.method': 'card' });
  await signIn(page, 'warehouse@kaporal.test');
  await page.goto(`/#/orders/${order.id}/show`);
  const payment = page.getByRole('region', { name: 'Paiement' });
  await expect(
    payment.getByText(/^Autorisé sur Carte bancaire .*, débité à l’expédition$/),
  ).toBeVisible();
  await expect(payment.getByText(/^Débité le/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Expédier', exact: true }).click();
  await page.getByRole('textbox', { name: 'N° de suivi' }).fill('6A00000000042');
  await page.getByRole('button', { name: 'Expédier et débiter' }).click();

  const amount = formatEuros(order.payment.chargedCents).replace(/\s/g, '\\s');
  await expect(page.getByText(new RegExp(`Commande expédiée : ${amount} débités`))).toBeVisible();
  await expect(payment.getByText(/^Débité le .* sur Carte bancaire/)).toBeVisible();
  await expect(page.getByText('Statut : Passée → Expédiée')).toBeVisible();
  await expect(page.getByRole('link', { name: /Suivre le colis 6A00000000042/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const api = await apiAs(request, 'admin');
  expect(await api.one<Order>('orders', order.id)).toMatchObject({
    status: 'shipped',
    payment: { status: 'captured' },
  });
  expect(problems).toEqual([]);
});

test('support: cancels a placed order, and is told why one shipped meanwhile cannot be', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const [toCancel, shippedMeanwhile] = await placedOrders(request);
  await signIn(page, 'support@kaporal.test');

  await page.goto(`/#/orders/${toCancel.id}/show`);
  await page.getByRole('button', { name: 'Annuler la commande' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(
    page.getByText('Commande annulée avant expédition : rien n’a été débité.'),
  ).toBeVisible();

  await page.goto(`/#/orders/${shippedMeanwhile.id}/show`);
  await expect(page.getByRole('button', { name: 'Annuler la commande' })).toBeVisible();
  const warehouse = await request.post('/api/auth/login', {
    data: { email: 'warehouse@kaporal.test', password: DEMO_PASSWORD },
  });
  const { token } = (await warehouse.json()) as { token: string };
  const shipped = await request.put(`/api/orders/${shippedMeanwhile.id}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      status: 'shipped',
      version: shippedMeanwhile.version,
      delivery: { ...shippedMeanwhile.delivery, trackingNumber: '6A00000000043' },
    },
  });
  expect(shipped.status()).toBe(200);

  await page.getByRole('button', { name: 'Annuler la commande' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Une commande « expédiée » ne peut pas passer à « annulée ».',
  );
  const api = await apiAs(request, 'admin');
  expect((await api.one<Order>('orders', shippedMeanwhile.id)).status).toBe('shipped');
  expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
});

test('manager: reads an order whole and is offered no move', async ({ page, request }) => {
  const [order] = await placedOrders(request);
  await signIn(page, 'manager@kaporal.test');
  await page.goto(`/#/orders/${order.id}/show`);
  await expect(page.getByRole('table', { name: 'Montants' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Paiement' })).toBeVisible();
  for (const name of ['Expédier', 'Marquer livrée', 'Refuser', 'Annuler la commande']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await page.goto(`/#/orders/${order.id}`);
  await expect(page.getByRole('textbox')).toHaveCount(0);
});

test('support: a refused order says nothing was charged, with no amount charged beside it', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, 'admin');
  const [order] = await api.list<Order>('orders', { status: 'refused' });
  await signIn(page, 'support@kaporal.test');
  await page.goto(`/#/orders/${order.id}/show`);

  const payment = page.getByRole('region', { name: 'Paiement' });
  await expect(payment.getByText('Commande refusée : rien n’a été débité.')).toBeVisible();
  await expect(payment).not.toContainText('€');
  await expect(payment).not.toContainText('Débité');
  await expect(page.getByText('Statut : Passée → Refusée')).toBeVisible();
});
