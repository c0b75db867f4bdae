// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatEuros } from '../domain/money';
import { returnEligibility } from '../domain/returns';
import type {
  CreditNote,
  Customer,
  KlubMember,
  KlubStatus,
  Order,
  Reservation,
  ReturnAuthorisation,
} from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Money is written with narrow no-break spaces; the page's text is read with plain ones. */
const oneSpace = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function adminCall(path: string, init: { method?: string; body?: unknown } = {}) {
  const { token } = await apiSession(apiUrl(), 'admin');
  return callApi(apiUrl(), path, { token, ...init });
}

async function all<T>(resource: string, filter: Record<string, unknown> = {}): Promise<T[]> {
  const query = encodeURIComponent(JSON.stringify(filter));
  return (await adminCall(`/${resource}?filter=${query}`)).body as unknown as T[];
}

/** A customer whose Klub membership has that status, or who never joined. */
async function aCustomer(klub: KlubStatus | 'none'): Promise<Customer> {
  if (klub === 'none') return (await all<Customer>('customers', { klubMember: false }))[0];
  const [member] = await all<KlubMember>('klub-members', { status: klub });
  return (await adminCall(`/customers/${member.customerId}`)).body as unknown as Customer;
}

async function openCustomer(customer: Customer, tab = '') {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), `/customers/${customer.id}/show${tab}`);
}

const FREE = 'Retour offert : le client est membre actif du Klub.';
const PAID = `${formatEuros(590)} déduits du remboursement : le client n’est pas membre actif du Klub.`;

describe.each<[KlubStatus | 'none', string]>([
  ['active', FREE],
  ['suspended', PAID],
  ['left', PAID],
  ['none', PAID],
])('the customer page of a customer whose membership is %s', (klub, explanation) => {
  it('says whether their return shipping is free, and why', async () => {
    const customer = await aCustomer(klub);
    await openCustomer(customer);

    const shipping = await screen.findByRole('region', { name: 'Frais de retour' });
    expect(oneSpace(shipping.textContent)).toBe(oneSpace(`Frais de retour${explanation}`));
  });
});

/** The references in the rows of the only table of the tab, once it has loaded them. */
async function referencesListed(count: number) {
  const table = await screen.findByRole('table');
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(count + 1));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);
}

const referencesOf = (records: { reference: string }[]) =>
  records.map((record) => record.reference).sort();

describe('the tabs of the customer page', () => {
  it('list that customer’s orders, returns, credit notes with the balance, and reservations', async () => {
    const returns = await all<ReturnAuthorisation>('returns');
    const notes = await all<CreditNote>('credit-notes');
    const reservations = await all<Reservation>('reservations');
    const withCredit = await all<Customer>('customers', { hasCredit: true });
    const customerId = withCredit
      .map((customer) => customer.id)
      .find((id) =>
        [returns, reservations].every((records) => records.some((r) => r.customerId === id)),
      )!;
    const customer = (await adminCall(`/customers/${customerId}`)).body as unknown as Customer;
    const orders = await all<Order>('orders', { customerId });
    const mine = <T extends { customerId: number }>(records: T[]) =>
      records.filter((record) => record.customerId === customerId);
    for (const records of [orders, mine(returns), mine(notes), mine(reservations)]) {
      expect(records.length).toBeGreaterThan(0);
      expect(records.length).toBeLessThanOrEqual(10);
    }

    await openCustomer(customer, '/orders');
    const user = userEvent.setup();
    expect((await referencesListed(orders.length)).sort()).toEqual(referencesOf(orders));

    await user.click(screen.getByRole('tab', { name: 'Retours' }));
    expect((await referencesListed(mine(returns).length)).sort()).toEqual(
      referencesOf(mine(returns)),
    );

    await user.click(screen.getByRole('tab', { name: 'Avoirs' }));
    expect((await referencesListed(mine(notes).length)).sort()).toEqual(referencesOf(mine(notes)));
    expect(oneSpace(screen.getByText('Solde des avoirs').closest('.ra-field')!.textContent)).toBe(
      oneSpace(`Solde des avoirs${formatEuros(customer.creditBalanceCents)}`),
    );

    await user.click(screen.getByRole('tab', { name: 'Réservations' }));
    expect((await referencesListed(mine(reservations).length)).sort()).toEqual(
      referencesOf(mine(reservations)),
    );
  });
});

describe('making a customer a Klub member', () => {
  const joinButton = () => screen.findByRole('button', { name: 'Faire adhérer au Klub' });

  it('makes them an active member, whose returns then ship free', async () => {
    const [customer] = await all<Customer>('customers', { klubMember: false });
    await openCustomer(customer);
    const user = userEvent.setup();
    await user.click(await joinButton());
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const shipping = screen.getByRole('region', { name: 'Frais de retour' });
    await waitFor(() => expect(shipping).toHaveTextContent(FREE));
    expect(screen.getByRole('region', { name: 'Le Klub' })).toHaveTextContent(/Membre/);
    const [member] = await all<KlubMember>('klub-members', { customerId: customer.id });
    expect(member).toMatchObject({ status: 'active', kind: 'member', joinedAt: TEST_NOW });
  });

  it('shows the server’s refusal when a colleague made them a member meanwhile', async () => {
    const [, customer] = await all<Customer>('customers', { klubMember: false });
    await openCustomer(customer);
    const join = await joinButton();
    const meanwhile = await adminCall('/klub-members', {
      method: 'POST',
      body: { customerId: customer.id },
    });
    expect(meanwhile.status).toBe(201);

    logs.expectRefusal(422);
    const user = userEvent.setup();
    await user.click(join);
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    expect(
      await screen.findByText(`Le client ${customer.reference} est déjà adhérent du Klub.`),
    ).toBeInTheDocument();
    expect(await all<KlubMember>('klub-members', { customerId: customer.id })).toHaveLength(1);
    const klub = screen.getByRole('region', { name: 'Le Klub' });
    await waitFor(() => expect(klub).toHaveTextContent(meanwhile.body.memberNumber as string));
    expect(screen.queryByRole('button', { name: 'Faire adhérer au Klub' })).not.toBeInTheDocument();
  });
});

describe('the orders tab of the customer page', () => {
  /** A customer with at most ten orders, some of which can be returned and some not. */
  async function customerWithReturnableOrders() {
    const returns = await all<ReturnAuthorisation>('returns');
    const returnable = (order: Order) =>
      returnEligibility(
        order,
        returns.filter((held) => held.orderId === order.id),
        TEST_NOW,
      ).eligible;
    const since = new Date(Date.parse(TEST_NOW) - 14 * 86_400_000).toISOString();
    const recent = await all<Order>('orders', { status: 'delivered', deliveredAt_gte: since });
    const ordersOfRecent = await all<Order>('orders', {
      customerId: [...new Set(recent.map((order) => order.customerId))],
    });
    for (const customerId of new Set(recent.map((order) => order.customerId))) {
      const orders = ordersOfRecent.filter((order) => order.customerId === customerId);
      const eligible = orders.filter(returnable);
      if (orders.length <= 10 && eligible.length > 0 && eligible.length < orders.length) {
        const customer = (await adminCall(`/customers/${customerId}`)).body as unknown as Customer;
        return { customer, orders, eligible };
      }
    }
    throw new Error('no customer with returnable and other orders in the dataset');
  }

  it('offers “Créer un retour” on each returnable order, which opens the form with it', async () => {
    const { customer, orders, eligible } = await customerWithReturnableOrders();
    await openCustomer(customer, '/orders');
    await referencesListed(orders.length);
    const table = screen.getByRole('table');
    const actions = () => within(table).getAllByRole('link', { name: 'Créer un retour' });
    const referenceOf = (link: HTMLElement) =>
      within(link.closest('tr')!).getAllByRole('cell')[0].textContent;
    await waitFor(() => expect(actions().map(referenceOf).sort()).toEqual(referencesOf(eligible)));

    const [first] = actions();
    const reference = referenceOf(first);
    await userEvent.setup().click(first);
    const owner = await screen.findByRole('region', { name: 'Client de la commande' });
    expect(window.location.hash).toMatch(/^#\/returns\/create\?/);
    expect(owner).toHaveTextContent(`${customer.reference} · ${customer.email}`);
    expect(owner).toHaveTextContent(`Commande ${reference} passée le`);
  });
});
