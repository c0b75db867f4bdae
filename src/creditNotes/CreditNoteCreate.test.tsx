// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatParisDate } from '../domain/dates';
import type { CreditNote, Customer } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

let adminToken = '';
beforeAll(async () => {
  adminToken = (await apiSession(apiUrl(), 'admin')).token;
});

async function get<T>(path: string): Promise<T> {
  return (await callApi(apiUrl(), path, { token: adminToken })).body as unknown as T;
}

const fullName = (customer: Customer) => `${customer.firstName} ${customer.lastName}`;

/** Customers who share their first and last name with another: the name alone does not tell. */
async function namesakes(): Promise<Customer[]> {
  const byName = new Map<string, Customer[]>();
  for (const customer of await get<Customer[]>('/customers?range=[0,999]')) {
    byName.set(fullName(customer), [...(byName.get(fullName(customer)) ?? []), customer]);
  }
  const shared = [...byName.values()].find((customers) => customers.length >= 2);
  if (!shared) throw new Error('no two customers share a name in the dataset');
  return shared;
}

const aCustomer = async () => (await namesakes())[1];
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const newestNote = async () =>
  (await get<CreditNote[]>('/credit-notes?sort=["id","DESC"]&range=[0,0]'))[0];

const openForm = async () => {
  await signIn(apiUrl(), 'manager');
  renderApp(apiUrl(), '/credit-notes/create');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('combobox', { name: /^Client/ }));
  return user;
};

/** Opens the form as a manager and picks the customer by their e-mail, as staff search. */
async function fillInGoodwill(customer: Customer, amount: string) {
  const user = await openForm();
  await user.paste(customer.email);
  await user.click(
    await screen.findByRole('option', { name: new RegExp(escaped(customer.email)) }),
  );
  await user.type(screen.getByRole('textbox', { name: /^Montant/ }), amount);
  return user;
}

describe('the customer of a goodwill credit note', () => {
  it('is told apart from namesakes: each option shows the customer number, e-mail and last order', async () => {
    const alike = await namesakes();
    const user = await openForm();
    await user.paste(fullName(alike[0]));

    for (const customer of alike) {
      const option = await screen.findByRole('option', {
        name: new RegExp(escaped(customer.email)),
      });
      expect(option).toHaveTextContent(fullName(customer));
      expect(option).toHaveTextContent(
        customer.lastOrderAt
          ? `${customer.reference} · ${customer.email} · dernière commande le ${formatParisDate(customer.lastOrderAt)}`
          : `${customer.reference} · ${customer.email} · aucune commande`,
      );
    }
  });
});

describe('a goodwill credit note', () => {
  it('is issued by a manager for the amount typed in euros, stored in cents', async () => {
    const customer = await aCustomer();
    const before = await newestNote();

    const user = await fillInGoodwill(customer, '25,50');
    await user.click(screen.getByRole('textbox', { name: /^Motif/ }));
    await user.paste('Colis arrivé abîmé');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByRole('group', { name: 'Calcul du solde' });
    const issued = await newestNote();
    expect(issued.id).toBeGreaterThan(before.id);
    expect(issued).toMatchObject({
      customerId: customer.id,
      origin: 'goodwill',
      reason: 'Colis arrivé abîmé',
      amountCents: 2550,
      balanceCents: 2550,
      status: 'open',
    });
  });

  it('needs a reason: the form says so and sends nothing', async () => {
    const customer = await aCustomer();
    const before = await newestNote();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    const user = await fillInGoodwill(customer, '10');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Indiquez le motif du geste commercial.')).toBeInTheDocument();
    const posts = fetchSpy.mock.calls.filter(
      ([url, init]) => init?.method === 'POST' && String(url).endsWith('/credit-notes'),
    );
    fetchSpy.mockRestore();
    expect(posts).toEqual([]);
    expect((await newestNote()).id).toBe(before.id);
  });

  it('is at most 500 €: the form shows the limit, refuses a cent more and sends nothing', async () => {
    const customer = await aCustomer();
    const before = await newestNote();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    const user = await fillInGoodwill(customer, '500,01');
    expect(screen.getByText(/au plus 500,00\s€/)).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: /^Motif/ }));
    await user.paste('Geste trop généreux');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText(/Un avoir commercial ne dépasse pas 500,00\s€/),
    ).toBeInTheDocument();
    const posts = fetchSpy.mock.calls.filter(
      ([url, init]) => init?.method === 'POST' && String(url).endsWith('/credit-notes'),
    );
    fetchSpy.mockRestore();
    expect(posts).toEqual([]);
    expect((await newestNote()).id).toBe(before.id);
  });
});
