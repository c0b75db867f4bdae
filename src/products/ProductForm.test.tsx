// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ean13CheckDigit } from '../domain/ean';
import type { Product } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

/** EAN-13s in the in-store range (200...), which the seed never hands out. */
const storeEan = (n: number) => {
  const first12 = `2000${String(n).padStart(8, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
};

const asAdmin = async (path: string, init: { method?: string; body?: unknown } = {}) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), path, { token, ...init })).body;
};

const productsWhere = async (filter: Record<string, unknown>) =>
  (await asAdmin(
    `/products?${new URLSearchParams({ filter: JSON.stringify(filter), sort: '["id","ASC"]', range: '[0,9]' })}`,
  )) as unknown as Product[];

type User = ReturnType<typeof userEvent.setup>;

/**
 * A long text entered at once, as pasted: the form checks the change as it does a keystroke's,
 * without a render of the whole form for each character.
 */
const enter = async (user: User, field: HTMLElement, text: string) => {
  await user.click(field);
  await user.paste(text);
};

const pick = async (user: User, name: string, option: string) => {
  await user.click(screen.getByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
};

describe('creating a product', () => {
  it('2 sizes × 2 colours, prices in euros, EANs checked as typed, published once it has an image', async () => {
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), '/products/create');

    await enter(user, await screen.findByRole('textbox', { name: /^Nom/ }), 'Jean Gabin brut');
    await pick(user, 'Rayon', 'Homme');
    await pick(user, 'Catégorie', 'Jeans');
    await user.type(screen.getByRole('textbox', { name: /^Collection/ }), 'ah27');
    await user.type(screen.getByRole('textbox', { name: /^Prix( \*)?$/ }), '89,90');
    const sale = screen.getByRole('textbox', { name: 'Prix soldé' });
    await user.type(sale, '89,90');
    expect(sale).toHaveAccessibleDescription('Le prix soldé doit être inférieur au prix.');
    await user.clear(sale);

    await user.click(screen.getByRole('tab', { name: 'Déclinaisons' }));
    await user.type(screen.getByRole('combobox', { name: 'Tailles' }), '30{Enter}32{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'Couleurs' }), 'Brut{Enter}Noir{Enter}');
    await user.click(screen.getByRole('button', { name: 'Générer 4 lignes' }));

    const skus = (await screen.findAllByRole('textbox', { name: /^SKU/ })).map(
      (f) => (f as HTMLInputElement).value,
    );
    expect(skus).toEqual([
      'KAP-H-JEANGABINBRU-30-BRUT',
      'KAP-H-JEANGABINBRU-32-BRUT',
      'KAP-H-JEANGABINBRU-30-NOIR',
      'KAP-H-JEANGABINBRU-32-NOIR',
    ]);
    const eans = screen.getAllByRole('textbox', { name: /^EAN-13/ });
    const wrong = `${storeEan(1).slice(0, 12)}${(Number(storeEan(1)[12]) + 1) % 10}`;
    await enter(user, eans[0], wrong);
    expect(eans[0]).toHaveAccessibleDescription(
      `Clé de contrôle fausse : le dernier chiffre devrait être ${storeEan(1)[12]}, pas ${wrong[12]}. Vérifiez le code.`,
    );
    await user.clear(eans[0]);
    for (const [index, field] of eans.entries()) await enter(user, field, storeEan(index + 1));
    expect(eans[0]).not.toHaveAccessibleDescription(/Clé de contrôle/);

    const publish = screen.getByRole('button', { name: 'Publier' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription('Publication impossible : il manque une image.');

    await user.click(screen.getByRole('tab', { name: 'Images' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une image' }));
    await enter(
      user,
      screen.getByRole('textbox', { name: /^Adresse de l’image/ }),
      '/images/products/jeans.svg',
    );
    expect(publish).toBeEnabled();
    await user.click(publish);

    await waitFor(async () => {
      const [created] = await productsWhere({ q: storeEan(4) });
      expect(created).toMatchObject({
        name: 'Jean Gabin brut',
        collection: 'AH27',
        priceCents: 8990,
        salePriceCents: null,
        status: 'published',
        images: ['/images/products/jeans.svg'],
      });
      expect(created.variants.map((v) => [v.size, v.colour, v.ean13])).toEqual([
        ['30', 'Brut', storeEan(1)],
        ['32', 'Brut', storeEan(2)],
        ['30', 'Noir', storeEan(3)],
        ['32', 'Noir', storeEan(4)],
      ]);
    });
  });
});

describe('the suggested SKUs', () => {
  it('skip a SKU another product already has: the server would refuse it', async () => {
    const taken = 'KAP-H-VESTEMARCEL-M-NOIR';
    await asAdmin('/products', {
      method: 'POST',
      body: {
        name: 'Veste Marcel',
        department: 'homme',
        category: 'vestes',
        collection: 'AH26',
        priceCents: 12990,
        images: [],
        variants: [{ sku: taken, size: 'M', colour: 'Noir', ean13: storeEan(90), stock: 0 }],
      },
    });
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), '/products/create');

    await enter(user, await screen.findByRole('textbox', { name: /^Nom/ }), 'Veste Marcel');
    await pick(user, 'Rayon', 'Homme');
    await pick(user, 'Catégorie', 'Vestes');
    await user.click(screen.getByRole('tab', { name: 'Déclinaisons' }));
    await user.type(screen.getByRole('combobox', { name: 'Tailles' }), 'M{Enter}L{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'Couleurs' }), 'Noir{Enter}');
    await user.click(screen.getByRole('button', { name: 'Générer 2 lignes' }));

    const skus = await screen.findAllByRole('textbox', { name: /^SKU/ });
    expect(skus.map((f) => (f as HTMLInputElement).value)).toEqual([
      `${taken}-2`,
      'KAP-H-VESTEMARCEL-L-NOIR',
    ]);
  });
});

describe('editing a product', () => {
  it('each EAN field keeps room for its 13 digits, however narrow the row of fields gets', async () => {
    const [product] = await productsWhere({ status: 'published' });
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), `/products/${product.id}`);

    await user.click(await screen.findByRole('tab', { name: 'Déclinaisons' }));
    const [ean] = await screen.findAllByRole('textbox', { name: /^EAN-13/ });
    await waitFor(() => expect(ean).toHaveValue(product.variants[0].ean13));
    // jsdom lays nothing out: the field's minimum width, in digits (ch) and pixels, is what holds.
    const field = ean.closest('.MuiFormControl-root') as HTMLElement;
    const [, digits, pixels] =
      /^calc\((\d+)ch \+ (\d+)px\)$/.exec(getComputedStyle(field).minWidth) ?? [];
    expect(Number(digits)).toBeGreaterThanOrEqual(13);
    const { paddingLeft, paddingRight } = getComputedStyle(ean);
    expect(Number(pixels)).toBeGreaterThanOrEqual(
      parseFloat(paddingLeft) + parseFloat(paddingRight),
    );
  });

  it('an EAN already used by another product: the server’s message on that row, nothing saved', async () => {
    const [edited, other] = await productsWhere({ status: 'published' });
    expect(edited.variants.length).toBeGreaterThan(1);
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), `/products/${edited.id}`);

    await user.click(await screen.findByRole('tab', { name: 'Déclinaisons' }));
    const eans = await screen.findAllByRole('textbox', { name: /^EAN-13/ });
    await waitFor(() => expect(eans[1]).toHaveValue(edited.variants[1].ean13));
    await user.clear(eans[1]);
    await enter(user, eans[1], other.variants[0].ean13);
    logs.expectRefusal(422);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const message = `L’EAN ${other.variants[0].ean13} est déjà utilisé par le produit ${other.reference}.`;
    await waitFor(() => expect(eans[1]).toHaveAccessibleDescription(message));
    expect(eans[0]).not.toHaveAccessibleDescription(message);
    expect(await asAdmin(`/products/${edited.id}`)).toEqual(edited);
  });

  it('a product on order lines cannot be deleted: the server says why and archiving is offered', async () => {
    const orders = (await asAdmin('/orders?range=[0,0]&sort=["id","ASC"]')) as unknown as {
      lines: { productId: number }[];
    }[];
    const productId = orders[0].lines[0].productId;
    const before = (await asAdmin(`/products/${productId}`)) as unknown as Product;
    const user = userEvent.setup();
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), `/products/${productId}`);

    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    logs.expectRefusal(409);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer' }));

    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText(/Suppression impossible/)).toBeInTheDocument();
    expect(await asAdmin(`/products/${productId}`)).toEqual(before);
    if (before.status === 'archived') return;
    await user.click(within(dialog).getByRole('button', { name: 'Archiver plutôt' }));
    await waitFor(async () =>
      expect(await asAdmin(`/products/${productId}`)).toMatchObject({ status: 'archived' }),
    );
  });
});
