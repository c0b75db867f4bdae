// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CreditNote, CreditNoteOrigin, Customer, Role } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

/** An unused note of that origin, and the name of its customer. */
async function anUnusedNote(origin: CreditNoteOrigin) {
  const { token } = await apiSession(apiUrl(), 'admin');
  const filter = encodeURIComponent(JSON.stringify({ origin, status: 'open' }));
  const notes = await callApi(apiUrl(), `/credit-notes?filter=${filter}`, { token });
  const note = (notes.body as unknown as CreditNote[]).find((n) => n.usages.length === 0)!;
  const customer = await callApi(apiUrl(), `/customers/${note.customerId}`, { token });
  const { firstName, lastName } = customer.body as unknown as Customer;
  return { note, customerName: `${firstName} ${lastName}` };
}

describe.each<[Role, boolean]>([
  ['manager', true],
  ['support', false],
])('the list of the credit notes, for the %s role', (role, mayCreate) => {
  it(`${mayCreate ? 'offers' : 'does not offer'} to issue a goodwill note`, async () => {
    await signIn(apiUrl(), role);
    renderApp(apiUrl(), '/credit-notes');

    await screen.findAllByText(/^AV-\d{2}-\d{6}$/);
    // The button waits for the role's access check, which may answer after the rows.
    if (mayCreate) expect(await screen.findByRole('link', { name: 'Créer' })).toBeInTheDocument();
    else expect(screen.queryByRole('link', { name: 'Créer' })).not.toBeInTheDocument();
  });
});

describe.each<[Role, CreditNoteOrigin, boolean]>([
  ['manager', 'goodwill', true],
  ['manager', 'return', false],
  ['support', 'goodwill', false],
])('an unused credit note, for the %s role, of origin %s', (role, origin, mayCancel) => {
  it(`${mayCancel ? 'may' : 'may not'} be cancelled`, async () => {
    const { note, customerName } = await anUnusedNote(origin);

    await signIn(apiUrl(), role);
    renderApp(apiUrl(), `/credit-notes/${note.id}/show`);

    // The customer's name comes with a request of its own, sent once the note is there: by then
    // the role's permissions have long been answered.
    await screen.findByRole('link', { name: customerName });
    const cancel = screen.queryByRole('button', { name: 'Annuler l’avoir' });
    if (mayCancel) expect(cancel).toBeEnabled();
    else expect(cancel).not.toBeInTheDocument();
  });
});
