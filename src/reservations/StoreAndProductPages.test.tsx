// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import type { Product, Reservation, Store } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const asSupport = async (path: string, init: { method?: string; body?: unknown } = {}) => {
  const { token } = await apiSession(apiUrl(), 'support');
  return (await callApi(apiUrl(), path, { token, ...init })).body;
};
const list = async <T,>(resource: string, filter: Record<string, unknown>, sort: string) => {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort, sort === 'requestedAt' ? 'DESC' : 'ASC']),
    range: '[0,999]',
  });
  return (await asSupport(`/${resource}?${query}`)) as unknown as T[];
};

/** A reservation made now for the product in the store, confirmed when asked. */
const reserve = async (held: Reservation, storeId: number, quantity: number, confirm: boolean) => {
  const { customerId, productId, sku } = held;
  const created = (await asSupport('/reservations', {
    method: 'POST',
    body: { customerId, storeId, productId, sku, quantity, channel: 'sms' },
  })) as unknown as Reservation;
  if (!confirm) return;
  await asSupport(`/reservations/${created.id}`, {
    method: 'PUT',
    body: { status: 'confirmed', version: created.version },
  });
};

const referencesShown = () =>
  screen
    .getAllByRole('row')
    .map((row) => row.textContent?.match(/RES-\d{2}-\d{6}/)?.[0])
    .filter(Boolean);

describe('the reservations seen from a boutique and from a product', () => {
  it('the boutique page lists its reservations, the latest first', async () => {
    const [{ storeId }] = await list<Reservation>('reservations', { status: 'pending' }, 'id');
    const ofStore = await list<Reservation>('reservations', { storeId }, 'requestedAt');
    expect(ofStore.length).toBeGreaterThan(10);
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/stores/${storeId}/show`);

    expect(await screen.findByText('Réservations de la boutique')).toBeInTheDocument();
    await waitFor(() =>
      expect(referencesShown()).toEqual(ofStore.slice(0, 10).map((r) => r.reference)),
    );
    expect(screen.getByText(`1-10 sur ${ofStore.length}`)).toBeInTheDocument();
  });

  it('the product page counts what each boutique holds: confirmed, not collected', async () => {
    const [held] = await list<Reservation>('reservations', { status: 'confirmed' }, 'id');
    const stores = await list<Store>('stores', {}, 'id');
    const other = stores.find((store) => store.id !== held.storeId)!;
    await reserve(held, held.storeId, 2, true);
    await reserve(held, other.id, 1, true);
    await reserve(held, other.id, 3, false);
    const nameOf = (id: number) => stores.find((store) => store.id === id)!.name;
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/products/${held.productId}/show`);

    expect(await screen.findByText('Mis de côté en boutique')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        [held.storeId, other.id].map(
          (id) => screen.getByRole('link', { name: nameOf(id) }).closest('tr')?.textContent,
        ),
      ).toEqual([`${nameOf(held.storeId)}2${held.quantity + 2}`, `${nameOf(other.id)}11`]),
    );
  });

  it('a product that is not published says it cannot be reserved', async () => {
    const [archived] = await list<Product>('products', { status: 'archived' }, 'id');
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/products/${archived.id}/show`);

    expect(
      await screen.findByText('Ce produit n’est pas publié : il ne peut pas être réservé.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Aucun article mis de côté en ce moment.')).toBeInTheDocument();
  });

  it('the warehouse, which may not read reservations, sees no holds and asks for none', async () => {
    const [product] = await list<Product>('products', { status: 'published' }, 'id');
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/products/${product.id}/show`);

    expect(await screen.findByText(product.variants[0].sku)).toBeInTheDocument();
    expect(screen.queryByText('Mis de côté en boutique')).not.toBeInTheDocument();
  });
});
