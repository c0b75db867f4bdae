// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatParisDateTime } from '../domain/dates';
import type { Order } from '../domain/types';
import {
  apiSession,
  recordsWith,
  renderApp,
  signIn,
  withMockApi,
  withTestClock,
} from '../testing/app';

const { apiUrl } = withMockApi();

withTestClock();

const ordersWith = (filter: Record<string, unknown>) =>
  recordsWith<Order>(apiUrl(), 'orders', filter);

/** The history of the show page: the table under its "Historique" label. */
const history = () => {
  const label = screen.getByText('Historique');
  return within(label.closest('.ra-field')!);
};

describe('the history of a record', () => {
  it('shows an action as soon as it succeeds, as a sentence with the staff member’s name', async () => {
    const [order] = await ordersWith({ status: 'shipped' });
    const warehouse = await apiSession(apiUrl(), 'warehouse');
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/orders/${order.id}/show`);
    await userEvent.click(await screen.findByRole('button', { name: 'Marquer livrée' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer' }));

    const sentence = await history().findByText('Statut : Expédiée → Livrée');
    const row = within(sentence.closest('tr')!);
    expect(row.getAllByRole('cell')[0]).toHaveTextContent(formatParisDateTime(TEST_NOW));
    expect(await row.findByText(warehouse.user.fullName)).toBeInTheDocument();
    expect(row.getByText('Entrepôt')).toBeInTheDocument();
  });

  it('reads each change with its label and value: no key, no ISO date, no JSON', async () => {
    const [order] = await ordersWith({ status: 'placed', 'payment.method': 'paypal' });
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), `/orders/${order.id}/show`);
    await userEvent.click(await screen.findByRole('button', { name: 'Expédier' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'N° de suivi' }),
      '6A12345678901',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Expédier et débiter' }));

    const sentence = await history().findByText('Statut : Passée → Expédiée');
    const changes = within(sentence.closest('tr')!).getByRole('table', { name: 'Modifications' });
    const lines = within(changes)
      .getAllByRole('row')
      .map((line) => line.textContent);
    expect(lines).toContain('N° de suivi—6A12345678901');
    expect(lines).toContain(`Expédiée le—${formatParisDateTime(TEST_NOW)}`);
    expect(lines).toContain('Statut du paiementAutoriséDébité');
    expect(changes).not.toHaveTextContent(/\d{4}-\d{2}-\d{2}T|[{}]|payment\.|delivery\./);
  });
});
