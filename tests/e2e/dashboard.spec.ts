import { expect, test } from '@playwright/test';
import { seriousViolations, signIn, watchConsole } from './support';

test('manager: changes the period, then opens the overdue refunds the card counts', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await signIn(page, 'manager@kaporal.test');
  const dashboard = page.locator('[data-dashboard-ready="true"]');
  await expect(dashboard).toBeVisible();

  await page.getByRole('button', { name: '90 derniers jours' }).click();
  await expect(page).toHaveURL(/period=90/);
  await expect(page.getByRole('button', { name: '90 derniers jours' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(dashboard).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const card = page.getByRole('link', { name: /Remboursements en retard/ });
  const overdue = Number((await card.locator('.MuiTypography-h5').innerText()).replace(/\D/g, ''));
  expect(overdue).toBeGreaterThan(0);
  await card.click();

  await expect(page).toHaveURL(/#\/returns\?.*overdue/);
  await expect(page.locator('.RaList-main table tbody tr')).toHaveCount(Math.min(overdue, 10));
  await expect(page.getByText(new RegExp(`sur ${overdue}$`))).toBeVisible();
  expect(problems).toEqual([]);
});
