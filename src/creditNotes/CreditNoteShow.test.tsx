// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatParisDateTime } from '../domain/dates';
import { formatEuros, sumCents } from '../domain/money';
import type { CreditNote, Order, ReturnAuthorisation } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

/** Text as the queries read it: every run of spaces (no-break ones too) as one space. */
const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function listOf<T>(path: string, filter: Record<string, unknown> = {}): Promise<T[]> {
  const { token } = await apiSession(apiUrl(), 'admin');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl(), `/${path}?filter=${query}`, { token });
  return body as unknown as T[];
}

const creditNotes = () => listOf<CreditNote>('credit-notes');

describe('the show page of a credit note', () => {
  it('lists its usages and shows the balance as amount − sum of the usages', async () => {
    const [note] = (await creditNotes()).toSorted((a, b) => b.usages.length - a.usages.length);
    expect(note.usages.length).toBeGreaterThan(1);
    const orders = await listOf<Order>('orders', { id: note.usages.map((u) => u.orderId) });
    const referenceOf = (id: number) => orders.find((order) => order.id === id)?.reference;
    const usedCents = sumCents(note.usages.map((usage) => usage.amountCents));

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/credit-notes/${note.id}/show`);

    const equation = await screen.findByRole('group', { name: 'Calcul du solde' });
    expect(spaced(equation.textContent)).toBe(
      spaced(
        `Montant${formatEuros(note.amountCents)}−Utilisé${formatEuros(usedCents)}` +
          `=Solde${formatEuros(note.balanceCents)}`,
      ),
    );
    const ledger = screen
      .getAllByRole('table')
      .find((table) => within(table).queryByRole('columnheader', { name: 'Commande' }))!;
    await within(ledger).findByRole('link', { name: referenceOf(note.usages[0].orderId) });
    const rows = within(ledger).getAllByRole('row').slice(1);
    expect(rows.map((row) => spaced(row.textContent))).toEqual(
      note.usages.map((usage) =>
        spaced(
          `${referenceOf(usage.orderId)}${formatEuros(usage.amountCents)}` +
            formatParisDateTime(usage.at),
        ),
      ),
    );
  });
});

describe('the origin of a credit note', () => {
  it('links a return note to its return', async () => {
    const note = (await creditNotes()).find((n) => n.origin === 'return')!;
    const [ret] = await listOf<ReturnAuthorisation>('returns', { id: note.returnId });

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/credit-notes/${note.id}/show`);

    const link = await screen.findByRole('link', { name: ret.reference });
    // react-admin sets a reference's link in an effect after its text: on a busy machine the test
    // can read the text first.
    await waitFor(() => expect(link).toHaveAttribute('href', `#/returns/${ret.id}/show`));
  });

  it('gives the reason of a goodwill note', async () => {
    const note = (await creditNotes()).find((n) => n.origin === 'goodwill')!;

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), `/credit-notes/${note.id}/show`);

    expect(await screen.findByText(note.reason!)).toBeInTheDocument();
  });
});

describe('cancelling a credit note', () => {
  const cancelButton = () => screen.findByRole('button', { name: 'Annuler l’avoir' });

  it('is refused for a used note, with the reason beside the disabled button', async () => {
    const used = (await creditNotes()).find((n) => n.status === 'open' && n.usages.length > 0)!;

    await signIn(apiUrl(), 'admin');
    renderApp(apiUrl(), `/credit-notes/${used.id}/show`);

    const cancel = await cancelButton();
    expect(cancel).toBeDisabled();
    expect(cancel).toHaveAccessibleDescription(
      'Cet avoir a déjà servi : il ne peut plus être annulé.',
    );
  });

  it('cancels an unused note once confirmed', async () => {
    const unused = (await creditNotes()).find((n) => n.status === 'open' && !n.usages.length)!;

    await signIn(apiUrl(), 'admin');
    renderApp(apiUrl(), `/credit-notes/${unused.id}/show`);
    const user = userEvent.setup();
    await user.click(await cancelButton());
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Annuler l’avoir' })).not.toBeInTheDocument(),
    );
    expect(document.querySelector('.ra-field-status')).toHaveTextContent('Annulé');
    const [stored] = await listOf<CreditNote>('credit-notes', { id: unused.id });
    expect(stored.status).toBe('cancelled');
  });
});
