// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceBreakdowns } from '../../../domain/kpis';
import { i18nProvider } from '../../../providers/i18n';
import { oneSpace, watchConsole } from '../../../testing/app';
import type { KpiReport } from '../types';
import { ContactReasonsChart } from './ContactReasonsChart';

const logs = watchConsole();
afterEach(() => {
  cleanup();
  logs.expectSilent();
});

const report = {
  breakdowns: serviceBreakdowns(
    new Map([
      ['service.received', 8],
      ['service.reason.refund', 2],
      ['service.reason.order_tracking', 5],
      ['service.reason.klub', 1],
    ]),
  ),
} as KpiReport;

describe('the customer request reasons chart', () => {
  it('shows each reason translated with its requests and share, the most frequent first', async () => {
    render(
      <AdminContext i18nProvider={i18nProvider}>
        <ContactReasonsChart report={report} />
      </AdminContext>,
    );
    expect(screen.getByRole('figure', { name: 'Motifs des demandes clients' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher le tableau' }));

    const table = screen.getByRole('table', { name: 'Motifs des demandes clients' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => oneSpace(cell.textContent!)));
    expect(rows.slice(0, 4)).toEqual([
      ['Motif', 'Demandes', 'Part des demandes'],
      ['Où est ma commande', '5', '62,5 %'],
      ['Remboursement', '2', '25 %'],
      ['Le Klub', '1', '12,5 %'],
    ]);
    // Every reason has its row, counted or not.
    expect(rows).toHaveLength(13);
    expect(rows[12]).toEqual([expect.any(String), '0', '0 %']);
  });
});
