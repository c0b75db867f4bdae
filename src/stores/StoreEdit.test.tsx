// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

const stored = async (id: number) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), `/stores/${id}`, { token })).body as unknown as Store;
};

/** Opens the edit form of a store as the merchandiser, once it holds the store's values. */
async function openForm(store: Store, label: RegExp) {
  await signIn(apiUrl(), 'merchandiser');
  renderApp(apiUrl(), `/stores/${store.id}`);
  const field = await screen.findByRole('textbox', { name: label });
  await waitFor(() =>
    expect(screen.getByRole('textbox', { name: /^Nom/ })).toHaveValue(store.name),
  );
  return field;
}

async function replaceAndSave(field: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(field);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
}

describe('editing a boutique', () => {
  it('the merchandiser changes the opening hours from the store page, which shows them line by line', async () => {
    const before = await stored(2);
    const hours = 'Du lundi au samedi, de 10 h à 19 h.\nLe dimanche, de 14 h à 18 h.';
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), `/stores/${before.id}/show`);
    await userEvent.click(await screen.findByRole('link', { name: 'Éditer' }));
    const field = await screen.findByRole('textbox', { name: "Horaires d'ouverture" });
    await waitFor(() => expect(field).toHaveValue(before.openingHours));

    await replaceAndSave(field, hours);

    const panel = await screen.findByRole('region', { name: "Horaires d'ouverture" });
    const shown = await within(panel).findByText((_, element) => element?.textContent === hours);
    expect(shown).toHaveStyle({ whiteSpace: 'pre-line' });
    expect(await screen.findByRole('cell', { name: 'Merchandiser' })).toBeInTheDocument();
    expect(await stored(before.id)).toEqual({
      ...before,
      openingHours: hours,
      version: before.version + 1,
    });
  });

  it('says what a French postcode is, and sends nothing', async () => {
    const before = await stored(3);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    const field = await openForm(before, /^Code postal/);
    await replaceAndSave(field, '1300');

    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'Saisissez un code postal français à 5 chiffres, par exemple 13001.',
      ),
    );
    const puts = fetchSpy.mock.calls.filter(([, init]) => init?.method === 'PUT');
    fetchSpy.mockRestore();
    expect(puts).toEqual([]);
    expect(await stored(before.id)).toEqual(before);
  });

  // The form checks what the contract says; a server may refuse more (MODEL.md lets it add
  // rules): this one refuses the phone number, in the shape of the contract's 422.
  it('a refusal of the server lands under the field it names, and nothing is saved', async () => {
    const before = await stored(4);
    const refusal = 'Ce numéro est déjà celui d’une autre boutique.';
    const serverFetch = globalThis.fetch;
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input, init) =>
        init?.method === 'PUT'
          ? Promise.resolve(
              Response.json({ message: refusal, errors: { phone: refusal } }, { status: 422 }),
            )
          : serverFetch(input, init),
      );

    logs.expectRefusal(422);
    const field = await openForm(before, /^Téléphone/);
    await replaceAndSave(field, '04 91 55 11 22');

    await waitFor(() => expect(field).toHaveAccessibleDescription(refusal));
    const [[url, init]] = fetchSpy.mock.calls.filter(([, init]) => init?.method === 'PUT');
    fetchSpy.mockRestore();
    expect(String(url)).toBe(`${apiUrl()}/stores/${before.id}`);
    expect(JSON.parse(String(init?.body))).toEqual({
      phone: '04 91 55 11 22',
      version: before.version,
    });
    expect(await stored(before.id)).toEqual(before);
  });

  it('the merchandiser opens a new boutique from the list', async () => {
    await signIn(apiUrl(), 'merchandiser');
    renderApp(apiUrl(), '/stores');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Créer' }));
    const fields: [RegExp, string][] = [
      [/^Nom/, 'Kaporal Ajaccio'],
      [/^Adresse/, '4 cours Napoléon'],
      [/^Code postal/, '20000'],
      [/^Ville/, 'Ajaccio'],
      [/^Téléphone/, '04 95 21 00 00'],
      [/^E-mail/, 'boutique.ajaccio@kaporal.test'],
    ];
    await screen.findByRole('textbox', { name: /^Nom/ });
    for (const [label, value] of fields) {
      await user.click(screen.getByRole('textbox', { name: label }));
      await user.paste(value);
    }
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(within(contact).getByRole('link', { name: '04 95 21 00 00' })).toHaveAttribute(
      'href',
      'tel:0495210000',
    );
    const address = screen.getByRole('region', { name: 'Adresse' });
    expect(address).toHaveTextContent('4 cours Napoléon20000 Ajaccio');
    expect(await screen.findByText(/^BTQ-\d{3}$/)).toBeInTheDocument();
  });
});
