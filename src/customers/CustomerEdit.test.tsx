// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

async function customer(index: number): Promise<Customer> {
  const { token } = await apiSession(apiUrl(), 'admin');
  const { body } = await callApi(
    apiUrl(),
    `/customers?range=[${index},${index}]&sort=["id","ASC"]`,
    {
      token,
    },
  );
  return (body as unknown as Customer[])[0];
}

const stored = async (id: number) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), `/customers/${id}`, { token })).body as unknown as Customer;
};

/** Opens the edit form as support and types a new e-mail over the old one. */
async function typeEmail(edited: Customer, email: string) {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), `/customers/${edited.id}`);
  const field = await screen.findByRole('textbox', { name: /^E-mail/ });
  await waitFor(() => expect(field).toHaveValue(edited.email));
  const user = userEvent.setup();
  await user.clear(field);
  await user.paste(email);
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  return field;
}

describe('editing a customer’s e-mail', () => {
  it('refuses one used by another customer: the server’s message under the field, nothing saved', async () => {
    const [edited, other] = [await customer(1), await customer(2)];

    logs.expectRefusal(422);
    const field = await typeEmail(edited, other.email.toUpperCase());

    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        `L’adresse e-mail ${other.email} est déjà utilisée par un autre compte.`,
      ),
    );
    expect(await stored(edited.id)).toEqual(edited);
  });

  it('says what to fix in a malformed address, and sends nothing', async () => {
    const edited = await customer(3);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    const field = await typeEmail(edited, 'claire.martin@example');

    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'Saisissez une adresse e-mail valide, par exemple claire.martin@example.fr.',
      ),
    );
    const puts = fetchSpy.mock.calls.filter(([, init]) => init?.method === 'PUT');
    fetchSpy.mockRestore();
    expect(puts).toEqual([]);
    expect(await stored(edited.id)).toEqual(edited);
  });
});
