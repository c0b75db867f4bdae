// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatParisDateTime } from '../domain/dates';
import { holdUntil } from '../domain/reservations';
import type { Reservation, ReservationStatus, Role, Store } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

// The browser's clock stands still at the server's, unless a test moves it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW) });
});
afterEach(() => {
  vi.useRealTimers();
});

const MINUTE = 60_000;
const MOVES = /^(Confirmer|Marquer indisponible|Marquer retirée|Annuler la réservation)$/;

const get = async <T,>(path: string) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), path, { token })).body as unknown as T;
};
const firstWith = async (filter: Record<string, unknown>, sort = 'confirmBy') => {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort, 'ASC']),
    range: '[0,0]',
  });
  return (await get<Reservation[]>(`/reservations?${query}`))[0];
};

const open = async (reservation: Reservation, role: Role = 'support') => {
  await signIn(apiUrl(), role);
  renderApp(apiUrl(), `/reservations/${reservation.id}/show`);
  return screen.findByRole('region', { name: 'Confirmation sous 2 heures' });
};

describe('the reservation page', () => {
  it('says before confirming until when the item will be held, then shows the hold', async () => {
    const reservation = await firstWith({ status: 'pending', promiseMissed: false });
    const heldUntil = formatParisDateTime(holdUntil(TEST_NOW));
    const promise = await open(reservation);
    expect(within(promise).getByText(/^Reste \d+ min$/)).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Confirmer la réservation ${reservation.reference} ?`);
    expect(dialog).toHaveTextContent(`L’article sera gardé en boutique jusqu’au ${heldUntil}.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));

    const hold = await screen.findByRole('region', { name: 'Mise de côté 2 jours' });
    expect(hold).toHaveTextContent(`Gardée en boutique jusqu’au ${heldUntil}`);
    expect(hold).toHaveTextContent('Gardée encore 2 j 0 h');
    expect(screen.getByRole('region', { name: 'Confirmation sous 2 heures' })).toHaveTextContent(
      `Confirmée le ${formatParisDateTime(TEST_NOW)} : délai de 2 heures tenu.`,
    );
    expect(await get<Reservation>(`/reservations/${reservation.id}`)).toMatchObject({
      status: 'confirmed',
      confirmedAt: TEST_NOW,
      holdUntil: holdUntil(TEST_NOW),
    });
  });

  it.each<[Role, ReservationStatus, string[]]>([
    ['support', 'pending', ['Confirmer', 'Marquer indisponible', 'Annuler la réservation']],
    ['support', 'confirmed', ['Marquer retirée', 'Annuler la réservation']],
    ['admin', 'confirmed', ['Marquer retirée', 'Annuler la réservation']],
    ['support', 'collected', []],
    ['support', 'expired', []],
    ['manager', 'pending', []],
  ])('offers %s the moves allowed from %s, and no other', async (role, status, moves) => {
    const reservation = await firstWith({ status }, 'id');
    const store = await get<Store>(`/stores/${reservation.storeId}`);
    await open(reservation, role);
    // The page's references have answered: so have the role checks of the buttons.
    await screen.findByRole('link', { name: store.name });

    await waitFor(() =>
      expect(screen.queryAllByRole('button', { name: MOVES }).map((b) => b.textContent)).toEqual(
        moves,
      ),
    );
  });

  it.each([
    ['one minute before the hold ends: collected is offered', -1, true],
    ['one minute after: collected is disabled, with the reason', 1, false],
  ])('%s', async (_, minutes, enabled) => {
    const held = await firstWith({ status: 'confirmed' }, 'holdUntil');
    vi.setSystemTime(Date.parse(held.holdUntil!) + minutes * MINUTE);
    await open(held);

    const collect = await screen.findByRole('button', { name: 'Marquer retirée' });
    if (enabled) {
      expect(collect).toBeEnabled();
      return;
    }
    expect(collect).toBeDisabled();
    expect(collect).toHaveAccessibleDescription(
      `La garde a pris fin le ${formatParisDateTime(held.holdUntil!)} : la réservation ne peut plus être retirée.`,
    );
    expect(screen.getByRole('region', { name: 'Mise de côté 2 jours' })).toHaveTextContent(
      'Garde terminée depuis 1 min',
    );
  });
});
