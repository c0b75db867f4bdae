import { expect, test, type Page } from '@playwright/test';
import type { Customer, KlubMember } from '../../src/domain/types';
import { apiAs, seriousViolations, signIn, watchConsole } from './support';

const signOut = (page: Page) => page.evaluate(() => localStorage.clear());
const emailField = (page: Page) => page.getByRole('textbox', { name: /^E-mail/ });

// No fixed browser clock here: the search box waits for a pause in the typing, timed by Date.
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('support updates a customer found by phone and makes them a Klub member; a manager only reads', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const api = await apiAs(request, 'admin');
  const [customer, other] = await api.list<Customer>('customers', {
    newsletter: true,
    klubMember: false,
  });
  const newEmail = `${customer.firstName}.nouvelle-adresse@example.fr`.toLowerCase();

  await signIn(page, 'support@kaporal.test');
  await page.goto('/#/customers');
  await page.getByRole('textbox', { name: 'Rechercher' }).fill(customer.phone.replace(/ /g, ''));
  const row = page.getByRole('row').filter({ hasText: customer.email });
  await expect(page.getByRole('row')).toHaveCount(2);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(sideways, 'the list fits the width of the screen').toBeLessThanOrEqual(0);
  await row.getByRole('cell').first().click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}/show`));
  await expect(page.getByRole('region', { name: 'Frais de retour' })).toContainText(
    'le client n’est pas membre actif du Klub',
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Éditer' }).click();
  await emailField(page).fill(other.email);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(emailField(page)).toHaveAccessibleDescription(
    `L’adresse e-mail ${other.email} est déjà utilisée par un autre compte.`,
  );
  expect(await api.one<Customer>('customers', customer.id)).toEqual(customer);
  expect(await seriousViolations(page)).toEqual([]);

  await emailField(page).fill(newEmail);
  await page.getByRole('switch', { name: 'Newsletter' }).uncheck();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}/show$`));
  await expect(page.getByText(newEmail)).toBeVisible();

  await page.getByRole('button', { name: 'Faire adhérer au Klub' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('region', { name: 'Frais de retour' })).toContainText(
    'Retour offert : le client est membre actif du Klub.',
  );
  const updated = await api.one<Customer>('customers', customer.id);
  expect(updated).toMatchObject({ email: newEmail, newsletter: false });
  const member = await api.one<KlubMember>('klub-members', updated.klubMemberId!);
  expect(member).toMatchObject({ customerId: customer.id, status: 'active', kind: 'member' });
  await signOut(page);

  await signIn(page, 'manager@kaporal.test');
  await page.goto(`/#/customers/${customer.id}/show`);
  await expect(page.getByText(newEmail)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Le Klub' })).toContainText(member.memberNumber);
  await expect(page.getByRole('link', { name: 'Éditer' })).toHaveCount(0);
  await page.goto(`/#/customers/${customer.id}`);
  await expect(page.getByRole('heading', { name: 'Accès refusé', level: 1 })).toBeVisible();
  await expect(emailField(page)).toHaveCount(0);
  expect(await api.one<Customer>('customers', customer.id)).toEqual(updated);

  expect(problems).toEqual([expect.stringMatching(/status of 422/)]);
});
