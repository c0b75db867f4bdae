// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

const byName = new Intl.Collator('fr').compare;

const allStores = async () => {
  const { token } = await apiSession(apiUrl(), 'admin');
  const { body } = await callApi(apiUrl(), '/stores?range=[0,999]', { token });
  return body as unknown as Store[];
};

/** The names in the list's rows, top to bottom. */
const namesShown = (stores: Store[]) =>
  screen
    .getAllByRole('row')
    .map((row) => stores.find((store) => row.textContent?.includes(store.reference))?.name)
    .filter(Boolean);

describe('the boutiques, for the roles that only read them', () => {
  it('the manager lists them by name and narrows them to a city', async () => {
    const stores = await allStores();
    const [city] = stores.map((store) => store.city).sort(byName);
    await signIn(apiUrl(), 'manager');
    renderApp(apiUrl(), '/stores');

    const sortedNames = stores.map((store) => store.name).sort(byName);
    await waitFor(() => expect(namesShown(stores)).toEqual(sortedNames));
    expect(screen.queryByRole('link', { name: 'Créer' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Ville' }));
    await user.click(await screen.findByRole('option', { name: city }));
    const inCity = stores.filter((store) => store.city === city).map((store) => store.name);
    await waitFor(() => expect(namesShown(stores)).toEqual(inCity.sort(byName)));
  });

  it('the warehouse sees a boutique without an edit button', async () => {
    const [store] = await allStores();
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/stores/${store.id}/show`);

    const contact = await screen.findByRole('region', { name: 'Contact' });
    await waitFor(() => expect(contact).toHaveTextContent(store.phone));
    expect(await screen.findByText('Historique')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Éditer' })).not.toBeInTheDocument();
  });

  it('the edit address typed by hand shows the not-allowed page, and the server refuses the change', async () => {
    const [store] = await allStores();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/stores/${store.id}`);

    expect(
      await screen.findByText("Votre rôle (Entrepôt) ne permet pas d'ouvrir cette page."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    const writes = fetchSpy.mock.calls.filter(([, init]) => init?.method === 'PUT');
    fetchSpy.mockRestore();
    expect(writes).toEqual([]);

    const { token } = await apiSession(apiUrl(), 'warehouse');
    const put = await callApi(apiUrl(), `/stores/${store.id}`, {
      method: 'PUT',
      token,
      body: { name: 'Kaporal Entrepôt', version: store.version },
    });
    expect(put.status).toBe(403);
    expect((await allStores())[0]).toEqual(store);
  });
});
