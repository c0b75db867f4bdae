import { expect, test, type Page } from '@playwright/test';
import { listPath } from '../../src/common/listPath';
import { formatParisDateTime } from '../../src/domain/dates';
import { holdUntil, reservationClock } from '../../src/domain/reservations';
import type { AuditEvent, Reservation, Store } from '../../src/domain/types';
import { apiAs, E2E_NOW, seriousViolations, signIn, useServerClock, watchConsole } from './support';

const byDeadline = (field: 'confirmBy' | 'holdUntil') => (a: Reservation, b: Reservation) =>
  Date.parse(a[field]!) - Date.parse(b[field]!);

/** The list at one of its tabs: its first row is the most urgent. */
async function openTab(page: Page, tab: RegExp) {
  await page.goto('/#/reservations');
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await useServerClock(page);
});

test('support confirms the most urgent reservation, hands one over, and finds one expired untouched', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const api = await apiAs(request, 'admin');
  const [urgent] = (await api.list<Reservation>('reservations', { status: 'pending' })).sort(
    byDeadline('confirmBy'),
  );
  const { late, minutes } = reservationClock(urgent, E2E_NOW)!;
  expect(late).toBe(true);
  const heldUntil = formatParisDateTime(holdUntil(E2E_NOW));

  await signIn(page, 'support@kaporal.test');
  await openTab(page, /^À confirmer \(\d+\)$/);
  const first = page.getByRole('row').nth(1);
  await expect(first).toContainText(urgent.reference);
  await expect(first).toContainText(`${Math.floor(minutes / 60)} h ${minutes % 60} min de retard`);
  expect(await seriousViolations(page), 'axe on the queue').toEqual([]);

  await first.getByText(urgent.reference).click();
  await page.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText(
    `L’article sera gardé en boutique jusqu’au ${heldUntil}.`,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  const hold = page.getByRole('region', { name: 'Mise de côté 2 jours' });
  await expect(hold).toContainText(`Gardée en boutique jusqu’au ${heldUntil}`);
  await expect(page.getByRole('region', { name: 'Confirmation sous 2 heures' })).toContainText(
    'délai de 2 heures dépassé',
  );
  expect(await api.one<Reservation>('reservations', urgent.id)).toMatchObject({
    status: 'confirmed',
    confirmedAt: E2E_NOW,
    holdUntil: holdUntil(E2E_NOW),
  });
  expect(await seriousViolations(page), 'axe on a confirmed reservation').toEqual([]);

  const [ending] = (await api.list<Reservation>('reservations', { status: 'confirmed' })).sort(
    byDeadline('holdUntil'),
  );
  await openTab(page, /^À retirer \(\d+\)$/);
  await page.getByRole('row').nth(1).getByText(ending.reference).click();
  await page.getByRole('button', { name: 'Marquer retirée' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(hold).toContainText(`Retirée le ${formatParisDateTime(E2E_NOW)}`);
  expect(await api.one<Reservation>('reservations', ending.id)).toMatchObject({
    status: 'collected',
    collectedAt: E2E_NOW,
  });

  const [expired] = (await api.list<Reservation>('reservations', { status: 'expired' })).sort(
    (a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt),
  );
  const history = await api.list<AuditEvent>('audit-events', {
    resource: 'reservations',
    recordId: expired.id,
  });
  // Its story is the dataset's, ended by the system when the hold ran out: nothing written since.
  expect(history.at(-1)).toMatchObject({
    role: 'system',
    toStatus: 'expired',
    at: expired.holdUntil,
  });
  expect(history.every((event) => event.at < E2E_NOW)).toBe(true);
  // The filter inputs wait for the clock to move on (debounce): the frozen page clock never does.
  await page.goto(
    `/#${listPath('reservations', { status: 'expired' }, { field: 'requestedAt', order: 'DESC' })}`,
  );
  await page.getByRole('row').nth(1).getByText(expired.reference).click();
  await expect(hold).toContainText(
    `Gardée en boutique jusqu’au ${formatParisDateTime(expired.holdUntil!)}`,
  );
  await expect(hold).toContainText(
    'Non retirée avant la fin de la garde : la réservation a expiré.',
  );
  await expect(page.getByRole('button', { name: /^(Marquer|Annuler|Confirmer)/ })).toHaveCount(0);
  expect(await seriousViolations(page), 'axe on an expired reservation').toEqual([]);
  expect(problems).toEqual([]);
});

test('the boutique lists its reservations, and the product says where it is held', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const api = await apiAs(request, 'admin');
  const [held] = await api.list<Reservation>('reservations', { status: 'confirmed' });
  const store = await api.one<Store>('stores', held.storeId);
  const holds = await api.list<Reservation>('reservations', {
    status: 'confirmed',
    productId: held.productId,
    storeId: held.storeId,
  });
  const units = holds.reduce((sum, r) => sum + r.quantity, 0);

  await signIn(page, 'support@kaporal.test');
  await page.goto(`/#/stores/${held.storeId}/show`);
  await expect(page.getByText('Réservations de la boutique')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText(/RES-\d{2}-\d{6}/);
  expect(await seriousViolations(page), 'axe on a boutique').toEqual([]);

  await page.goto(`/#/products/${held.productId}/show`);
  await expect(page.getByText('Mis de côté en boutique')).toBeVisible();
  await expect(page.getByRole('row', { name: store.name })).toHaveText(
    new RegExp(`^${store.name}\\s*${holds.length}\\s*${units}$`),
  );
  expect(await seriousViolations(page), 'axe on a product').toEqual([]);
  expect(problems).toEqual([]);
});
