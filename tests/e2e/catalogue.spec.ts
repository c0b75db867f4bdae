import { expect, test, type Page } from '@playwright/test';
import { ean13CheckDigit } from '../../src/domain/ean';
import type { Product } from '../../src/domain/types';
import { apiAs, seriousViolations, signIn, signOut, watchConsole } from './support';

/** EAN-13s of the in-store range (200...), which the seed never hands out. */
const storeEan = (n: number) => {
  const first12 = `2001${String(n).padStart(8, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
};

const pick = async (page: Page, field: string, option: string) => {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

const searchFor = (page: Page, text: string) =>
  page.getByRole('textbox', { name: 'Nom, référence, SKU ou EAN' }).fill(text);

// No fixed browser clock: the search box waits for a pause in the typing, timed by Date.
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test.setTimeout(120_000);

test('a merchandiser creates a jean in 2 sizes × 2 colours, publishes it, finds it by EAN, lowers its price by 10 % and archives it; the warehouse only reads', async ({
  page,
  request,
}) => {
  const problems = watchConsole(page);
  const api = await apiAs(request, 'admin');

  await signIn(page, 'merchandiser@kaporal.test');
  await page.goto('/#/products/create');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Jean Gaspard brut');
  await pick(page, 'Rayon', 'Homme');
  await pick(page, 'Catégorie', 'Jeans');
  await page.getByRole('textbox', { name: /^Collection/ }).fill('PE27');
  await page.getByRole('textbox', { name: /^Prix( \*)?$/ }).fill('89,90');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Déclinaisons' }).click();
  const sizes = page.getByRole('combobox', { name: 'Tailles' });
  for (const size of ['30', '32']) await sizes.fill(size).then(() => sizes.press('Enter'));
  const colours = page.getByRole('combobox', { name: 'Couleurs' });
  for (const colour of ['Brut', 'Noir'])
    await colours.fill(colour).then(() => colours.press('Enter'));
  await page.getByRole('button', { name: 'Générer 4 lignes' }).click();
  const eans = page.getByRole('textbox', { name: /^EAN-13/ });
  await expect(eans).toHaveCount(4);
  for (let i = 0; i < 4; i++) await eans.nth(i).fill(storeEan(i + 1));
  const publish = page.getByRole('button', { name: 'Publier' });
  await expect(publish).toBeDisabled();
  await expect(publish).toHaveAccessibleDescription(
    'Publication impossible : il manque une image.',
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Images' }).click();
  await page.getByRole('button', { name: 'Ajouter une image' }).click();
  await page
    .getByRole('textbox', { name: /^Adresse de l’image/ })
    .fill('/images/products/jeans.svg');
  await publish.click();
  await expect(page).toHaveURL(/#\/products\/\d+\/show$/);
  const id = Number(page.url().match(/products\/(\d+)\/show/)?.[1]);
  const created = await api.one<Product>('products', id);
  expect(created).toMatchObject({ status: 'published', priceCents: 8990, collection: 'PE27' });
  expect(created.variants.map((v) => v.sku)).toEqual([
    'KAP-H-JEANGASPARDB-30-BRUT',
    'KAP-H-JEANGASPARDB-32-BRUT',
    'KAP-H-JEANGASPARDB-30-NOIR',
    'KAP-H-JEANGASPARDB-32-NOIR',
  ]);

  await page.getByRole('menuitem', { name: 'Produits' }).click();
  await searchFor(page, storeEan(3));
  await expect(page.getByRole('row')).toHaveCount(2);
  const row = page.getByRole('row').filter({ hasText: created.reference });
  await row.getByRole('checkbox', { name: 'Sélectionner cette ligne' }).check();
  await page.getByRole('button', { name: 'Changer le prix' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changer le prix de 1 produit' });
  await dialog.getByRole('textbox', { name: 'Variation en %' }).fill('-10');
  await expect(dialog.getByRole('table', { name: 'Prix avant et après' })).toContainText(
    /89,90\s€80,91\s€/,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Appliquer à 1 produit' }).click();
  const outcome = page.getByRole('dialog', { name: 'Résultat' });
  await expect(outcome.getByRole('status')).toHaveText('1 modifié(s), 0 déjà à jour, 0 refusé(s).');
  await outcome.getByRole('button', { name: 'Fermer' }).click();
  await expect(row).toContainText(/80,91\s€/);

  await row.getByRole('checkbox', { name: 'Sélectionner cette ligne' }).check();
  await page.getByRole('button', { name: 'Archiver' }).click();
  await expect(outcome.getByRole('status')).toHaveText('1 modifié(s), 0 déjà à jour, 0 refusé(s).');
  await outcome.getByRole('button', { name: 'Fermer' }).click();
  await expect(row).toContainText('Archivé');
  const archived = await api.one<Product>('products', id);
  expect(archived).toMatchObject({ status: 'archived', priceCents: 8091 });
  await signOut(page);

  await signIn(page, 'warehouse@kaporal.test');
  await page.goto('/#/products');
  await searchFor(page, created.reference);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Créer' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByRole('row')
    .filter({ hasText: created.reference })
    .getByRole('cell')
    .nth(1)
    .click();
  await expect(page).toHaveURL(new RegExp(`#/products/${id}/show$`));
  await expect(page.getByText(storeEan(3))).toBeVisible();
  await expect(page.getByRole('link', { name: 'Éditer' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/#/stores/1/show');
  await expect(page.getByRole('link', { name: 'Éditer' })).toHaveCount(0);
  await page.goto(`/#/products/${id}`);
  await expect(page.getByRole('heading', { name: 'Accès refusé', level: 1 })).toBeVisible();
  expect(await api.one<Product>('products', id)).toEqual(archived);

  expect(problems).toEqual([]);
});
