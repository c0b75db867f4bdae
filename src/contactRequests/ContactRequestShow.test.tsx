// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatParisDateTime } from '../domain/dates';
import { formatEuros } from '../domain/money';
import type { ContactRequest, Customer, Order, Role } from '../domain/types';
import {
  apiSession,
  callApi,
  callApiAs,
  recordsWith,
  renderApp,
  signIn,
  withMockApi,
  withTestClock,
} from '../testing/app';

const { apiUrl, logs } = withMockApi();
withTestClock();

const REPLY_BOX = 'Votre réponse ou votre note';

const api = <T,>(path: string, init: { method?: string; body?: unknown } = {}) =>
  callApiAs<T>(apiUrl(), 'support', path, init);

/** A shipped order, its customer, and a call from them about it, logged by support. */
const callAboutShippedOrder = async (message = 'Bonjour, où est mon colis ?') => {
  const [order] = await recordsWith<Order>(apiUrl(), 'orders', { status: 'shipped' });
  const customer = await api<Customer>(`/customers/${order.customerId}`);
  const request = await api<ContactRequest>('/contact-requests', {
    method: 'POST',
    body: {
      channel: 'phone',
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      orderReference: order.reference,
      reason: 'order_tracking',
      message,
    },
  });
  return { order, customer, request };
};

const open = async (request: ContactRequest, role: Role = 'support') => {
  await signIn(apiUrl(), role);
  renderApp(apiUrl(), `/contact-requests/${request.id}/show`);
  return screen.findByRole('list', { name: 'Fil de la demande' });
};

const supportName = async () => (await apiSession(apiUrl(), 'support')).user.fullName;

const messages = (thread: HTMLElement) => within(thread).getAllByRole('listitem');
const statusShown = () => screen.getByText('Statut').closest('.ra-field');

describe('the request page', () => {
  it('shows what the customer wrote as text, never as markup', async () => {
    const { request } = await callAboutShippedOrder(
      '<img src="x" onerror="alert(1)"> <b>Toujours rien</b>\nDeuxième ligne',
    );
    const thread = await open(request);

    const [first] = messages(thread);
    expect(first).toHaveAccessibleName('Message du client');
    expect(first).toHaveTextContent('<img src="x" onerror="alert(1)"> <b>Toujours rien</b>');
    expect(thread.querySelector('img, b')).toBeNull();
  });

  it('fills the tracking template, sends the reply, and the request waits for the customer', async () => {
    const { order, customer, request } = await callAboutShippedOrder();
    const thread = await open(request);
    expect(statusShown()).toHaveTextContent('Ouverte');

    await userEvent.click(await screen.findByRole('button', { name: 'Modèles de réponse' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Suivi du colis' }));
    const box = screen.getByRole('textbox', { name: REPLY_BOX }) as HTMLTextAreaElement;
    const reply = box.value;
    expect(reply).toMatch(new RegExp(`^Bonjour ${customer.firstName},`));
    expect(reply).toContain(`Votre commande ${order.reference} a été expédiée`);
    expect(reply).toContain(`\n${order.delivery.trackingUrl}\n`);

    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));

    await waitFor(() => expect(messages(thread)).toHaveLength(2));
    const sent = messages(thread)[1];
    expect(sent).toHaveAccessibleName('Réponse envoyée');
    expect(sent).toHaveTextContent(formatParisDateTime(TEST_NOW));
    expect(await within(sent).findByText(await supportName())).toBeInTheDocument();
    expect(statusShown()).toHaveTextContent('En attente du client');
    expect(screen.getByRole('textbox', { name: REPLY_BOX })).toHaveValue('');
    expect(await api<ContactRequest>(`/contact-requests/${request.id}`)).toMatchObject({
      status: 'waiting_customer',
      firstRepliedAt: TEST_NOW,
      messages: [expect.anything(), { direction: 'out', body: reply.trim() }],
    });
  });

  it('adds an internal note, marked as never sent, without moving the status', async () => {
    const { request } = await callAboutShippedOrder();
    const thread = await open(request);

    await userEvent.type(
      await screen.findByRole('textbox', { name: REPLY_BOX }),
      'Colis bloqué au dépôt : relancer Colissimo jeudi.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une note interne' }));

    await waitFor(() => expect(messages(thread)).toHaveLength(2));
    const note = messages(thread)[1];
    expect(note).toHaveAccessibleName('Note interne');
    expect(within(note).getByText('Note interne — jamais envoyée')).toBeInTheDocument();
    expect(note).toHaveTextContent('Colis bloqué au dépôt : relancer Colissimo jeudi.');
    expect(statusShown()).toHaveTextContent('Ouverte');
    expect(await api<ContactRequest>(`/contact-requests/${request.id}`)).toMatchObject({
      status: 'open',
      firstRepliedAt: null,
    });
  });

  it('asks for a reply before sending an empty one', async () => {
    const { request } = await callAboutShippedOrder();
    const thread = await open(request);

    await userEvent.type(await screen.findByRole('textbox', { name: REPLY_BOX }), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));

    expect(await screen.findByText('Ce champ est requis')).toBeInTheDocument();
    expect(messages(thread)).toHaveLength(1);
  });

  it('keeps the typed reply when the request changed meanwhile, and sends it once reloaded', async () => {
    logs.expectRefusal(409);
    const { request } = await callAboutShippedOrder();
    const thread = await open(request);
    // A colleague notes something while the page is open.
    await api(`/contact-requests/${request.id}`, {
      method: 'PUT',
      body: {
        version: request.version,
        messages: [...request.messages, { direction: 'note', body: 'Client rappelé.' }],
      },
    });

    await userEvent.type(
      await screen.findByRole('textbox', { name: REPLY_BOX }),
      'Votre colis arrive.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));

    const conflict = (
      await screen.findByText(/^La demande a changé depuis son ouverture/)
    ).closest<HTMLElement>('[role="alert"]')!;
    expect(screen.getByRole('textbox', { name: REPLY_BOX })).toHaveValue('Votre colis arrive.');

    await userEvent.click(within(conflict).getByRole('button', { name: 'Recharger la demande' }));
    await waitFor(() => expect(messages(thread)).toHaveLength(2));
    expect(screen.getByRole('textbox', { name: REPLY_BOX })).toHaveValue('Votre colis arrive.');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    await waitFor(() => expect(messages(thread)).toHaveLength(3));
    expect(messages(thread)[2]).toHaveTextContent('Votre colis arrive.');
  });

  it('disables the reply on a resolved request, saying to reopen it first', async () => {
    const { request } = await callAboutShippedOrder();
    await api(`/contact-requests/${request.id}`, {
      method: 'PUT',
      body: { version: request.version, status: 'resolved' },
    });
    await open(request);

    const send = await screen.findByRole('button', { name: 'Envoyer la réponse' });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription('Rouvrez la demande pour répondre.');
    expect(screen.getByRole('button', { name: 'Ajouter une note interne' })).toBeEnabled();
    expect(await screen.findByRole('button', { name: 'Rouvrir' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Résoudre' })).not.toBeInTheDocument();
  });

  it('lets a manager read the thread, with no reply box and no action', async () => {
    const { order, request } = await callAboutShippedOrder();
    const thread = await open(request, 'manager');
    // The panels' records have answered: so have the role checks of the buttons.
    await screen.findByRole('link', { name: order.reference });

    expect(messages(thread)).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: REPLY_BOX })).not.toBeInTheDocument();
    for (const name of [
      'Envoyer la réponse',
      'M’assigner',
      'Résoudre',
      'Lier à une autre commande',
      'Demander un avoir commercial',
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('shows the linked order with its tracking link and promise, and the way to a return', async () => {
    const { order, request } = await callAboutShippedOrder();
    await open(request);

    const panel = await screen.findByRole('region', { name: 'Commande' });
    expect(await within(panel).findByRole('link', { name: order.reference })).toHaveAttribute(
      'href',
      `#/orders/${order.id}/show`,
    );
    expect(
      within(panel).getByRole('link', {
        name: `Suivre le colis ${order.delivery.trackingNumber} chez ${order.delivery.carrier}`,
      }),
    ).toHaveAttribute('href', order.delivery.trackingUrl);
    expect(panel).toHaveTextContent('Livraison promise au plus tard le');
    // Not delivered: no return yet, and the button says why.
    expect(within(panel).getByRole('button', { name: 'Créer un retour' })).toBeDisabled();
  });

  it('shows the customer beside the thread, each kind of their records a click away', async () => {
    const { customer, request } = await callAboutShippedOrder();
    const returns = await recordsWith(apiUrl(), 'returns', { customerId: customer.id });
    const listOf = (resource: string) =>
      `#/${resource}?filter=${encodeURIComponent(JSON.stringify({ customerId: customer.id }))}`;
    const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;
    await open(request);

    const panel = await screen.findByRole('region', { name: 'Client' });
    expect(
      await within(panel).findByRole('link', {
        name: `${customer.firstName} ${customer.lastName}`,
      }),
    ).toHaveAttribute('href', `#/customers/${customer.id}/show`);
    expect(
      within(panel).getByRole('link', { name: plural(customer.ordersCount, 'commande') }),
    ).toHaveAttribute('href', listOf('orders'));
    expect(
      await within(panel).findByRole('link', { name: plural(returns.length, 'retour') }),
    ).toHaveAttribute('href', listOf('returns'));
    expect(
      within(panel).getByRole('link', {
        name: `Solde des avoirs : ${formatEuros(customer.creditBalanceCents)}`,
      }),
    ).toHaveAttribute('href', listOf('credit-notes'));
  });

  it('flags an order reference of another customer instead of linking it', async () => {
    const [order] = await recordsWith<Order>(apiUrl(), 'orders', { status: 'delivered' });
    const customer = await api<Customer>(`/customers/${order.customerId}`);
    const stranger = (await recordsWith<Order>(apiUrl(), 'orders', {})).find(
      (o) => o.customerId !== customer.id,
    )!;
    const request = await api<ContactRequest>('/contact-requests', {
      method: 'POST',
      body: {
        channel: 'email',
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        orderReference: stranger.reference,
        reason: 'return',
        message: 'Je veux retourner ma commande.',
      },
    });
    await open(request);

    const panel = await screen.findByRole('region', { name: 'Commande' });
    expect(panel).toHaveTextContent(
      `La référence ${stranger.reference} appartient à un autre client : vérifiez avant de lier.`,
    );
    expect(within(panel).queryByRole('link', { name: stranger.reference })).toBeNull();
  });

  it('links the request to another order of its customer, picked from their orders', async () => {
    const orders = await recordsWith<Order>(apiUrl(), 'orders', {});
    const siblingOf = (order: Order) =>
      orders.find((o) => o.customerId === order.customerId && o.id !== order.id);
    const first = orders.find(siblingOf)!;
    const other = siblingOf(first)!;
    const customer = await api<Customer>(`/customers/${first.customerId}`);
    const request = await api<ContactRequest>('/contact-requests', {
      method: 'POST',
      body: {
        channel: 'email',
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        orderReference: first.reference,
        reason: 'other',
        message: 'Je me suis trompé de numéro de commande.',
      },
    });
    await open(request);
    const panel = await screen.findByRole('region', { name: 'Commande' });
    await within(panel).findByRole('link', { name: first.reference });

    await userEvent.click(within(panel).getByRole('button', { name: 'Lier à une autre commande' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Commande' }));
    await userEvent.click(
      await screen.findByRole('option', { name: new RegExp(`^${other.reference} — passée le`) }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lier' }));

    expect(await within(panel).findByRole('link', { name: other.reference })).toBeInTheDocument();
    expect(await api<ContactRequest>(`/contact-requests/${request.id}`)).toMatchObject({
      orderId: other.id,
    });
  });

  it('asks a manager for a goodwill credit note with an internal note', async () => {
    const { order, customer, request } = await callAboutShippedOrder();
    const thread = await open(request);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Demander un avoir commercial' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Montant proposé (€)'), '15');
    await userEvent.type(within(dialog).getByLabelText('Motif'), 'Colis en retard');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ajouter la demande' }));

    await waitFor(() => expect(messages(thread)).toHaveLength(2));
    const note = messages(thread)[1];
    expect(note).toHaveAccessibleName('Note interne');
    expect(note).toHaveTextContent(
      `Demande d'avoir commercial : 15,00 € pour ${customer.firstName} ${customer.lastName} (demande ${request.reference}, commande ${order.reference}).`,
    );
  });

  it('assigns the request to the signed-in member of staff', async () => {
    const { request } = await callAboutShippedOrder();
    const { token } = await apiSession(apiUrl(), 'admin');
    await callApi(apiUrl(), `/contact-requests/${request.id}`, {
      token,
      method: 'PUT',
      body: { version: request.version, assigneeId: null },
    });
    await open(request);

    await userEvent.click(await screen.findByRole('button', { name: 'M’assigner' }));

    const taken = await screen.findByRole('button', { name: 'M’assigner' });
    await waitFor(() => expect(taken).toBeDisabled());
    expect(taken).toHaveAccessibleDescription('Cette demande vous est déjà assignée.');
    expect(document.querySelector('.ra-field-assigneeId')).toHaveTextContent(await supportName());
  });
});
