// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContactRequest, Customer } from '../domain/types';
import { apiSession, callApiAs, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

const api = <T,>(path: string, init: { method?: string; body?: unknown } = {}) =>
  callApiAs<T>(apiUrl(), 'support', path, init);

const newestRequest = async () =>
  (await api<ContactRequest[]>('/contact-requests?sort=["id","DESC"]&range=[0,0]'))[0];

/** A customer with a French phone number on file: picking them fills in every contact field. */
const aCustomerWithPhone = async () => {
  const customers = await api<Customer[]>('/customers?sort=["id","ASC"]&range=[0,49]');
  const customer = customers.find((c) => c.phone);
  if (!customer) throw new Error('no customer with a phone in the dataset');
  return customer;
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fieldShown = (label: string) => screen.getByText(label).closest('.ra-field');

/** Support opens the inbox and the create page from its button. */
const openForm = async () => {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), '/contact-requests');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('link', { name: 'Nouvelle demande' }));
  await screen.findByRole('group', { name: /^Canal/ });
  return user;
};

async function pickCustomer(user: ReturnType<typeof userEvent.setup>, customer: Customer) {
  await user.click(screen.getByRole('combobox', { name: /^Client/ }));
  await user.paste(customer.email);
  await user.click(
    await screen.findByRole('option', { name: new RegExp(escaped(customer.email)) }),
  );
}

async function describeRequest(user: ReturnType<typeof userEvent.setup>, message: string) {
  await user.click(screen.getByRole('combobox', { name: /^Motif/ }));
  await user.click(await screen.findByRole('option', { name: 'Où est ma commande' }));
  await user.click(screen.getByRole('textbox', { name: /^Message/ }));
  await user.paste(message);
}

describe('a request recorded by support', () => {
  it('is a phone call by default, filled in from the customer picked, open and assigned to its author', async () => {
    const customer = await aCustomerWithPhone();
    const before = await newestRequest();
    const support = await apiSession(apiUrl(), 'support');
    const user = await openForm();

    expect(screen.getByRole('radio', { name: 'Téléphone' })).toBeChecked();
    expect(screen.queryByRole('combobox', { name: /^Réseau social/ })).not.toBeInTheDocument();
    await pickCustomer(user, customer);
    expect(screen.getByRole('textbox', { name: /^Prénom/ })).toHaveValue(customer.firstName);
    expect(screen.getByRole('textbox', { name: /^Nom/ })).toHaveValue(customer.lastName);
    expect(screen.getByRole('textbox', { name: /^E-mail/ })).toHaveValue(customer.email);
    expect(screen.getByRole('textbox', { name: /^Téléphone/ })).toHaveValue(customer.phone);
    await describeRequest(user, 'Appel : le client attend son colis depuis une semaine.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByRole('list', { name: 'Fil de la demande' });
    const recorded = await newestRequest();
    expect(recorded.id).toBeGreaterThan(before.id);
    expect(recorded).toMatchObject({
      channel: 'phone',
      network: null,
      status: 'open',
      assigneeId: support.user.id,
      customerId: customer.id,
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      reason: 'order_tracking',
      message: 'Appel : le client attend son colis depuis une semaine.',
    });
    expect(window.location.hash).toBe(`#/contact-requests/${recorded.id}/show`);
    expect(fieldShown('Canal')).toHaveTextContent('Téléphone');
    expect(fieldShown('Statut')).toHaveTextContent('Ouverte');
    await waitFor(() => expect(fieldShown('Assignée à')).toHaveTextContent(support.user.fullName));
  });

  it('refuses a phone number that is not French, on its field, and sends nothing', async () => {
    const customer = await aCustomerWithPhone();
    const before = await newestRequest();
    const user = await openForm();
    await pickCustomer(user, customer);
    const phone = screen.getByRole('textbox', { name: /^Téléphone/ });
    await user.clear(phone);
    await user.type(phone, '12 34');
    await describeRequest(user, 'Rappeler le client.');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() =>
      expect(phone).toHaveAccessibleDescription(/^Ce n’est pas un numéro français/),
    );
    const posts = fetchSpy.mock.calls.filter(
      ([url, init]) => init?.method === 'POST' && String(url).endsWith('/contact-requests'),
    );
    fetchSpy.mockRestore();
    expect(posts).toEqual([]);
    expect((await newestRequest()).id).toBe(before.id);
  });
  it('shows the server’s refusal on the field it names, and records nothing', async () => {
    const customer = await aCustomerWithPhone();
    const before = await newestRequest();
    const user = await openForm();
    await pickCustomer(user, customer);
    const lastName = screen.getByRole('textbox', { name: /^Nom/ });
    await user.clear(lastName);
    await user.click(lastName);
    await user.paste('X'.repeat(101));
    await describeRequest(user, 'Rappeler le client.');

    logs.expectRefusal(422);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() =>
      expect(lastName).toHaveAccessibleDescription('Ce champ dépasse 100 caractères.'),
    );
    expect(window.location.hash).toBe('#/contact-requests/create');
    expect((await newestRequest()).id).toBe(before.id);
  });
});

describe('the "Nouvelle demande" button', () => {
  it('is not offered to a manager, who reads the inbox only', async () => {
    await signIn(apiUrl(), 'manager');
    renderApp(apiUrl(), '/contact-requests');
    await screen.findByRole('tablist', { name: 'Étapes de la demande' });
    // The rows are in: the page has settled, its toolbar included.
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1));
    expect(screen.getByRole('button', { name: /Exporter/ })).toBeInTheDocument();

    expect(screen.queryByRole('link', { name: 'Nouvelle demande' })).not.toBeInTheDocument();
  });
});
