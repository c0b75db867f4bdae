import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support';

test('a session that ends sends staff to the login page, then back to the page they asked for', async ({
  page,
  request,
}) => {
  await signIn(page, 'support@kaporal.test');
  await page.getByRole('menuitem', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();

  // The server forgets the token, as it does when it expires after a working day.
  const token = await page.evaluate(() => localStorage.getItem('kaporal.token'));
  const out = await request.post('/api/auth/logout', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(out.status()).toBe(204);

  await page.getByRole('menuitem', { name: 'Commandes' }).click();
  await expect(page.getByRole('button', { name: 'Connexion' })).toBeVisible();
  await page.getByLabel(/e-mail/i).fill('support@kaporal.test');
  await page.getByRole('textbox', { name: /mot de passe/i }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Connexion' }).click();

  await expect(page.getByRole('heading', { name: 'Commandes' })).toBeVisible();
  expect(page.url()).toMatch(/#\/orders/);
});
