import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatEuros } from '../../src/domain/money';
import { RETURN_SHIPPING_FEE_CENTS, remainingQuantities } from '../../src/domain/returns';
import type { Customer, KlubMember, Order, ReturnAuthorisation } from '../../src/domain/types';
import {
  apiAs,
  DEMO_PASSWORD,
  E2E_NOW,
  seriousViolations,
  signIn,
  signOut,
  useServerClock,
  watchConsole,
} from './support';

const DAY = 86_400_000;

/** A recently delivered order of a Klub member or not, with two skus left to return. */
async function orderToReturn(request: APIRequestContext, klub: boolean) {
  const api = await apiAs(request, 'admin');
  const since = new Date(Date.parse(E2E_NOW) - 10 * DAY).toISOString();
  const orders = await api.list<Order>('orders', { status: 'delivered', deliveredAt_gte: since });
  for (const order of orders) {
    const customer = await api.one<Customer>('customers', order.customerId);
    const member = customer.klubMemberId
      ? await api.one<KlubMember>('klub-members', customer.klubMemberId)
      : null;
    if ((member?.status === 'active') !== klub) continue;
    const held = await api.list<ReturnAuthorisation>('returns', { orderId: order.id });
    const remaining = remainingQuantities(order, held);
    const lines = order.lines.filter((line) => remaining[line.sku] > 0);
    if (lines.length >= 2) return { order, lines: lines.slice(0, 2) };
  }
  throw new Error(`no order to return for a customer ${klub ? 'in' : 'outside'} the Klub`);
}

/**
 * Support creates the return of one unit of each of two lines, with the customer's choice (the
 * Klub member of these journeys takes a credit note, the other customer a refund).
 */
async function createReturn(page: Page, order: Order, resolution: 'Remboursement' | 'Avoir') {
  await page.goto('/#/returns/create');
  await page.getByRole('textbox', { name: 'Référence de la commande' }).fill(order.reference);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Livrée il y a \d+ jours? : retour possible/)).toBeVisible();
  await expect(
    page.getByText(
      resolution === 'Avoir'
        ? 'Retour offert : le client est membre actif du Klub.'
        : /5,90\s€ déduits du remboursement : le client n’est pas membre actif du Klub/,
    ),
  ).toBeVisible();
  for (const index of [0, 1]) {
    await page.getByRole('spinbutton', { name: 'Quantité' }).nth(index).fill('1');
    await page.getByRole('combobox', { name: 'Motif' }).nth(index).click();
    await page.getByRole('option', { name: 'Taille trop grande' }).click();
  }
  await page.getByRole('radio', { name: resolution }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(/#\/returns\/\d+\/show/);
  const reference = await page
    .getByText(/^RET-\d{2}-\d{6}$/)
    .first()
    .innerText();
  return reference;
}

/** The warehouse scans the reference on its home page, then inspects by keyboard alone. */
async function receive(page: Page, reference: string, conditions: string) {
  await signIn(page, 'warehouse@kaporal.test');
  // The sign-in may bring back the page the previous user was on: the warehouse starts at home.
  await page.goto('/#/');
  const field = page.getByRole('textbox', { name: 'Référence du retour' });
  await expect(field).toBeFocused();
  await page.keyboard.type(reference);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/reception\/\d+/);
  await expect(page.getByRole('radiogroup').first().getByRole('radio').first()).toBeFocused();
  await page.keyboard.type(conditions);
  await expect(page.getByRole('button', { name: 'Valider la réception' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Retour ${reference} réceptionné`)).toBeVisible();
  await expect(field).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await useServerClock(page);
});

test('a return outside the Klub: created, printed, received by scan, refunded minus the fee', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const { order, lines } = await orderToReturn(request, false);

  await signIn(page, 'support@kaporal.test');
  const reference = await createReturn(page, order, 'Remboursement');
  await page.getByRole('link', { name: 'Imprimer l’accord' }).click();
  await expect(page.getByRole('img', { name: `Code-barres du retour ${reference}` })).toBeVisible();
  await expect(page.getByText(order.reference)).toBeVisible();
  await page.getByRole('link', { name: 'Retour à la fiche du retour' }).click();
  await signOut(page);

  await receive(page, reference, '12');
  expect(await seriousViolations(page)).toEqual([]);
  const api = await apiAs(request, 'admin');
  const [ret] = await api.list<ReturnAuthorisation>('returns', { reference });
  await page.goto(`/#/returns/${ret.id}/show`);
  await expect(page.getByText('À rembourser au plus tard le')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Rembourser/ })).toHaveCount(0);
  const warehouse = await (
    await request.post('/api/auth/login', {
      data: { email: 'warehouse@kaporal.test', password: DEMO_PASSWORD },
    })
  ).json();
  // The field, not the history's line of the same name, which may be shown already.
  await expect(page.locator('.ra-field-receivedBy')).toContainText(
    `Reçu par${warehouse.user.fullName}`,
  );
  await expect(page.getByText('Statut : Autorisé → Reçu')).toBeVisible();
  await signOut(page);

  await signIn(page, 'support@kaporal.test');
  await page.goto(`/#/returns/${ret.id}/show`);
  const resalable = ret.lines.find((line) => line.sku === lines[0].sku)!;
  const amount = formatEuros(resalable.unitPriceCents - RETURN_SHIPPING_FEE_CENTS);
  await expect(page.getByText(/5,90\s€ déduits du remboursement/)).toBeVisible();
  await page.getByRole('button', { name: `Rembourser ${amount}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Remboursé le', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Statut : Reçu → Remboursé')).toBeVisible();
  expect(await api.one<ReturnAuthorisation>('returns', ret.id)).toMatchObject({
    status: 'refunded',
    refundAmountCents: resalable.unitPriceCents - RETURN_SHIPPING_FEE_CENTS,
  });
  expect(problems).toEqual([]);
});

test('a Klub member’s return: free shipping, and a credit note for the resalable item', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const { order, lines } = await orderToReturn(request, true);

  await signIn(page, 'support@kaporal.test');
  const reference = await createReturn(page, order, 'Avoir');
  await expect(
    page.getByText('Retour offert : le client était membre actif du Klub à la création du retour.'),
  ).toBeVisible();
  await signOut(page);

  await receive(page, reference, '12');
  await signOut(page);

  await signIn(page, 'support@kaporal.test');
  const api = await apiAs(request, 'admin');
  const [ret] = await api.list<ReturnAuthorisation>('returns', { reference });
  await page.goto(`/#/returns/${ret.id}/show`);
  const resalable = ret.lines.find((line) => line.sku === lines[0].sku)!;
  await page
    .getByRole('button', { name: `Émettre un avoir de ${formatEuros(resalable.unitPriceCents)}` })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('link', { name: /^AV-/ })).toBeVisible();
  const credited = await api.one<ReturnAuthorisation>('returns', ret.id);
  expect(credited).toMatchObject({
    status: 'credited',
    refundAmountCents: resalable.unitPriceCents,
  });
  expect(problems).toEqual([]);
});
