// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

const chipsOf = (select: HTMLElement) =>
  within(select)
    .queryAllByText(/./)
    .map((c) => c.textContent);

describe('the stage tabs', () => {
  it('a stage of several statuses shows them all in the status filter, without a warning', async () => {
    const user = userEvent.setup();
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), '/returns');

    const tabs = await screen.findByRole('tablist', { name: 'Étapes du retour' });
    expect(chipsOf(await screen.findByRole('combobox', { name: 'Statut' }))).toEqual(['Autorisé']);
    await user.click(within(tabs).getByRole('tab', { name: /^Clôturés/ }));

    await waitFor(() =>
      expect(chipsOf(screen.getByRole('combobox', { name: 'Statut' }))).toEqual([
        'Remboursé',
        'Avoir émis',
        'Refusé',
        'Annulé',
      ]),
    );
    expect(within(tabs).getByRole('tab', { name: /^Clôturés/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // Material UI warns on the console of a value its select cannot show.
    logs.expectSilent();
  });
});
