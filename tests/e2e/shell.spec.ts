import { expect, test, type Page } from '@playwright/test';
import { readableResources } from '../../src/domain/permissions';
import { RESOURCES, ROLES, type Role } from '../../src/domain/types';
import { seriousViolations, signIn, watchConsole } from './support';

const menu = (page: Page) => page.getByRole('menu');

for (const role of ROLES) {
  test(`${role}: sees its menu, opens each page cleanly, and is refused the others`, async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await signIn(page, `${role}@kaporal.test`);
    const readable = readableResources(role as Role);
    const pages = RESOURCES.filter((resource) => readable.includes(resource));
    const hidden = RESOURCES.filter((resource) => !readable.includes(resource));

    for (const resource of pages) {
      await expect(menu(page).locator(`a[href="#/${resource}"]`)).toBeVisible();
    }
    for (const resource of hidden) {
      await expect(menu(page).locator(`a[href="#/${resource}"]`)).toHaveCount(0);
    }
    expect(await seriousViolations(page)).toEqual([]);

    for (const resource of pages) {
      await menu(page).locator(`a[href="#/${resource}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#/${resource}`));
      await expect(
        page.locator('.RaList-main table, .RaList-noResults, .RaEmpty-message').first(),
      ).toBeVisible();
      expect(await seriousViolations(page), `axe on ${resource}`).toEqual([]);
    }

    for (const resource of hidden) {
      await page.goto(`/#/${resource}`);
      await expect(page.getByRole('heading', { name: 'Accès refusé', level: 1 })).toBeVisible();
    }

    expect(problems).toEqual([]);
  });
}

test('the interface switches to English and back', async ({ page }) => {
  await signIn(page, 'admin@kaporal.test');
  await expect(menu(page).getByRole('group', { name: 'Catalogue', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^(Français|English)$/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(menu(page).getByRole('group', { name: 'Sales', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^(Français|English)$/ }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(menu(page).getByRole('group', { name: 'Ventes', exact: true })).toBeVisible();
});
