import { expect, test } from '@playwright/test';
import { firstReplyDueBy } from '../../src/domain/contactRequests';
import { daysLate } from '../../src/domain/orders';
import { formatParisDateTime } from '../../src/domain/dates';
import type { ContactRequest, Customer, Order } from '../../src/domain/types';
import {
  apiAs,
  E2E_FRIDAY_EVENING,
  FRIDAY_BASE_URL,
  seriousViolations,
  signIn,
  useServerClock,
  watchConsole,
} from './support';

// This API's clock: Friday 20 November 2026, 17:00 in Paris.
test.use({ baseURL: FRIDAY_BASE_URL });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await useServerClock(page, E2E_FRIDAY_EVENING);
});

test('a form request on a Friday at 17:00 is due Monday 16:00; support answers it with the tracking link', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const api = await apiAs(request, 'admin');
  const lateOrders = await api.list<Order>('orders', { status: 'shipped', late: true });
  const withoutRequest = [];
  for (const order of lateOrders) {
    const about = await api.list<ContactRequest>('contact-requests', { orderId: order.id });
    if (about.every((r) => r.status === 'resolved')) withoutRequest.push(order);
  }
  const order = withoutRequest[0];
  expect(order, 'a late order no request is open about').toBeDefined();
  const customer = await api.one<Customer>('customers', order.customerId);

  const intake = await request.post('/api/contact-requests/intake', {
    headers: { 'Idempotency-Key': `e2e-${order.reference}` },
    data: {
      orderReference: order.reference.toLowerCase(),
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      phone: '06 12 34 56 78',
      reason: 'order_tracking',
      message: `Bonjour,\nJe n’ai toujours pas reçu ma commande ${order.reference}.`,
      website: '',
    },
  });
  expect(intake.status()).toBe(201);
  const { reference } = (await intake.json()) as { reference: string };
  const due = firstReplyDueBy(E2E_FRIDAY_EVENING);
  expect(due).toBe('2026-11-23T15:00:00.000Z');

  await signIn(page, 'support@kaporal.test');
  await page.getByRole('menuitem', { name: 'Demandes clients' }).click();
  await expect(page.getByRole('tab', { name: /^À traiter/, selected: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Reste 8 h (ouvré)');
  await expect(row).toContainText(`${customer.firstName} ${customer.lastName}`);
  expect(await seriousViolations(page), 'axe on the inbox').toEqual([]);

  await row.getByText(reference).click();
  const promise = page.getByRole('region', { name: 'Réponse sous 8 heures ouvrées' });
  await expect(promise).toContainText(`À répondre avant le ${formatParisDateTime(due)}`);
  await expect(promise).toContainText('23/11/2026 16:00');
  const orderPanel = page.getByRole('region', { name: 'Commande' });
  await expect(orderPanel).toContainText(order.reference);
  await expect(orderPanel).toContainText('Expédiée');
  const late = daysLate(order, E2E_FRIDAY_EVENING);
  await expect(orderPanel).toContainText(
    late === 0 ? 'Promesse dépassée aujourd’hui' : `${late} jour`,
  );
  const thread = page.getByRole('list', { name: 'Fil de la demande' });
  await expect(thread).toContainText(`Je n’ai toujours pas reçu ma commande ${order.reference}.`);
  // Opened by its first reading.
  await expect(page.locator('.ra-field-status')).toContainText('Ouverte');

  await page.getByRole('button', { name: 'Modèles de réponse' }).click();
  await page.getByRole('menuitem', { name: 'Suivi du colis' }).click();
  const reply = page.getByRole('textbox', { name: 'Votre réponse ou votre note' });
  await expect(reply).toHaveValue(new RegExp(`^Bonjour ${customer.firstName},`));
  await expect(reply).toHaveValue(new RegExp(order.delivery.trackingUrl!.replace(/[.?]/g, '\\$&')));
  await page.getByRole('button', { name: 'Envoyer la réponse' }).click();

  await expect(page.locator('.ra-field-status')).toContainText('En attente du client');
  await expect(thread.getByRole('listitem')).toHaveCount(2);
  await expect(thread).toContainText(order.delivery.trackingUrl!);
  await expect(promise).toContainText('(dans les délais)');
  const [stored] = await api.list<ContactRequest>('contact-requests', { reference });
  expect(stored).toMatchObject({
    status: 'waiting_customer',
    orderId: order.id,
    firstRepliedAt: E2E_FRIDAY_EVENING,
  });
  expect(stored.messages.map((m) => m.direction)).toEqual(['in', 'out']);
  expect(await seriousViolations(page), 'axe on the request').toEqual([]);
  expect(problems).toEqual([]);
});

test('the warehouse has no inbox: no menu entry, and the address says access denied', async ({
  page,
}) => {
  await signIn(page, 'warehouse@kaporal.test');
  await expect(page.getByRole('menuitem', { name: 'Demandes clients' })).toHaveCount(0);
  await page.goto('/#/contact-requests');
  await expect(page.getByRole('heading', { name: 'Accès refusé', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Entrepôt');
});
