// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../../../providers/i18n';
import { watchConsole } from '../../../testing/app';
import type { KpiReport } from '../types';
import { ReasonsChart } from './ReasonsChart';

const logs = watchConsole();
afterEach(() => {
  cleanup();
  logs.expectSilent();
});

const report = {
  breakdowns: {
    byReason: [
      { reason: 'defective', units: 3 },
      { reason: 'size_too_small', units: 1250 },
    ],
  },
} as KpiReport;

describe('the return reasons chart', () => {
  it('shows the same figures in its table, the most frequent reason first', async () => {
    render(
      <AdminContext i18nProvider={i18nProvider}>
        <ReasonsChart report={report} />
      </AdminContext>,
    );
    expect(screen.getByRole('figure', { name: 'Motifs de retour' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher le tableau' }));

    const table = screen.getByRole('table', { name: 'Motifs de retour' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Motif', 'Articles retournés'],
      ['Taille trop petite', '1\u202f250'],
      ['Défectueux', '3'],
    ]);
  });
});
