// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishBlockers } from '../../domain/products';
import type { Product } from '../../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../../testing/app';

const { apiUrl } = withMockApi();

const productsWhere = async (filter: Record<string, unknown>) => {
  const { token } = await apiSession(apiUrl(), 'merchandiser');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl(), `/products?filter=${query}`, { token });
  return body as unknown as Product[];
};

/** The `small` dataset has no published product out of stock: one sells its last items. */
const sellOut = async (product: Product) => {
  const { token } = await apiSession(apiUrl(), 'merchandiser');
  const variants = product.variants.map((variant) => ({ ...variant, stock: 0 }));
  const { status } = await callApi(apiUrl(), `/products/${product.id}`, {
    method: 'PUT',
    token,
    body: { variants, version: product.version },
  });
  expect(status).toBe(200);
};

const BLOCKERS = { no_image: 'Aucune image', no_variant: 'Aucune variante' };

describe('the merchandiser home page', () => {
  it('counts the published products out of stock and the drafts that cannot be published', async () => {
    await sellOut((await productsWhere({ status: 'published' }))[0]);
    const outOfStock = await productsWhere({ status: 'published', stockState: 'out' });
    const blocked = await productsWhere({ status: 'draft', publishable: false });
    expect(outOfStock.length).toBeGreaterThan(0);
    expect(blocked.length).toBeGreaterThan(0);

    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl());

    const outSection = await screen.findByRole('region', { name: 'Produits publiés en rupture' });
    expect(await within(outSection).findByText(`${outOfStock.length} à traiter`)).toBeVisible();
    expect(within(outSection).getByRole('link', { name: outOfStock[0].reference })).toBeVisible();

    const blockedSection = screen.getByRole('region', { name: 'Brouillons non publiables' });
    expect(await within(blockedSection).findByText(`${blocked.length} à traiter`)).toBeVisible();
    for (const row of within(blockedSection).getAllByRole('row').slice(1)) {
      const reference = within(row).getByRole('link').textContent;
      const product = blocked.find((p) => p.reference === reference)!;
      for (const blocker of publishBlockers(product)) {
        expect(within(row).getByText(BLOCKERS[blocker])).toBeInTheDocument();
      }
    }
  });

  it('links each list to the whole filtered list', async () => {
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl());

    const section = await screen.findByRole('region', { name: 'Brouillons non publiables' });
    const seeAll = within(section).getByRole('link', { name: 'Voir tout' });
    const search = new URLSearchParams(seeAll.getAttribute('href')!.split('?')[1]);
    expect(JSON.parse(search.get('filter')!)).toEqual({ status: 'draft', publishable: false });
  });
});
