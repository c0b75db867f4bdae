// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn, withMockApi } from '../../testing/app';

const { apiUrl, logs } = withMockApi();

const FROM = '2026-10-01';
const TO = '2026-10-31';

interface DrillDown {
  card: string;
  statuses: string[];
  dates: Record<string, string>;
  checked?: string;
}

const DRILL_DOWNS: DrillDown[] = [
  {
    card: 'Délai médian de remboursement',
    statuses: ['Remboursé', 'Avoir émis'],
    dates: { 'Réglé à partir du': FROM, 'Réglé jusqu’au': TO },
  },
  {
    card: 'Livraisons à l’heure',
    statuses: ['Livrée'],
    dates: { 'Livrée à partir du': FROM, 'Livrée jusqu’au': TO },
  },
  {
    card: 'Commandes en retard en cours',
    statuses: ['Passée', 'Expédiée'],
    dates: {},
    checked: 'En retard',
  },
  {
    card: 'Réservations confirmées sous 2 h',
    statuses: [],
    dates: { 'Confirmée à partir du': FROM, 'Confirmée jusqu’au': TO },
  },
];

describe('a KPI card opens the list it counts', () => {
  it.each(DRILL_DOWNS)(
    '$card: the list’s filter bar shows each filter applied, and nothing warns',
    async ({ card, statuses, dates, checked }) => {
      const user = userEvent.setup();
      await signIn(apiUrl(), 'manager');
      renderApp(apiUrl(), `/?period=custom&from=${FROM}&to=${TO}&groupBy=week`);

      await user.click(await screen.findByRole('link', { name: new RegExp(`^${card}`) }));

      if (statuses.length) {
        const status = await screen.findByRole('combobox', { name: 'Statut' });
        expect(
          within(status)
            .getAllByText(/./)
            .map((chip) => chip.textContent),
        ).toEqual(statuses);
      }
      for (const [label, date] of Object.entries(dates)) {
        expect(await screen.findByLabelText(label)).toHaveValue(date);
      }
      if (checked) expect(await screen.findByRole('switch', { name: checked })).toBeChecked();
      // Material UI warns on the console of a value its input cannot show.
      logs.expectSilent();
    },
  );
});
