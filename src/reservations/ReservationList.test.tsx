// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { reservationClock } from '../domain/reservations';
import type { Customer, Reservation, Store } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

// The browser's clock stands still at the server's: the countdowns read to the minute.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW) });
});
afterEach(() => {
  vi.useRealTimers();
});

const get = async <T,>(path: string) => {
  const { token } = await apiSession(apiUrl(), 'support');
  return (await callApi(apiUrl(), path, { token })).body as unknown as T;
};
const reservations = (filter: Record<string, unknown>, sort: [string, 'ASC' | 'DESC']) =>
  get<Reservation[]>(
    `/reservations?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=[0,24]`,
  );

/** The chip of a row, as a French reader sees it. */
const clockText = (reservation: Reservation) => {
  const { deadline, late, minutes } = reservationClock(reservation, TEST_NOW)!;
  const [days, hours] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60)];
  const duration =
    minutes >= 1440
      ? `${days} j ${hours} h`
      : minutes >= 60
        ? `${hours} h ${minutes % 60} min`
        : `${minutes} min`;
  if (deadline === 'confirmBy') return late ? `${duration} de retard` : `Reste ${duration}`;
  return late ? `Garde terminée depuis ${duration}` : `Gardée encore ${duration}`;
};

const rowsText = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

const openList = async (path = '/reservations') => {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), path);
  await screen.findByRole('tablist', { name: 'Étapes de la réservation' });
};

describe('the reservations queue', () => {
  it('lists the pending reservations by their promise, late ones first, with the time left or the delay', async () => {
    const pending = await reservations({ status: 'pending' }, ['confirmBy', 'ASC']);
    const clocks = pending.map((r) => reservationClock(r, TEST_NOW)!);
    expect(clocks.some((c) => c.late) && clocks.some((c) => !c.late)).toBe(true);
    await openList();

    expect(
      await screen.findByRole('tab', { name: `À confirmer (${pending.length})`, selected: true }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(rowsText()).toEqual(pending.map((r) => expect.stringContaining(r.reference))),
    );
    const rows = screen.getAllByRole('row').slice(1);
    pending.forEach((reservation, i) => {
      expect(within(rows[i]).getByText(clockText(reservation))).toBeInTheDocument();
    });
    expect(rows[0]).toHaveTextContent('2 h 30 min de retard');
  });

  it('shows for each the store, the item with its size and colour, the customer and the channel', async () => {
    const [first] = await reservations({ status: 'pending' }, ['confirmBy', 'ASC']);
    const store = await get<Store>(`/stores/${first.storeId}`);
    const customer = await get<Customer>(`/customers/${first.customerId}`);
    await openList();

    await screen.findByText(first.reference);

    await waitFor(() => {
      const row = screen.getByText(first.reference).closest('tr')!;
      expect(row).toHaveTextContent(store.name);
      expect(row).toHaveTextContent(`${customer.firstName} ${customer.lastName}`);
      expect(row).toHaveTextContent(`Taille ${first.size} · ${first.colour}`);
      expect(row).toHaveTextContent(first.channel === 'sms' ? 'SMS' : 'E-mail');
    });
  });

  it('lists the reservations to collect by the end of their hold, with the time left', async () => {
    const held = await reservations({ status: 'confirmed' }, ['holdUntil', 'ASC']);
    expect(held.length).toBeGreaterThan(1);
    await openList();

    await userEvent.click(await screen.findByRole('tab', { name: `À retirer (${held.length})` }));
    await waitFor(() =>
      expect(rowsText()).toEqual(
        held.map((r) => expect.stringMatching(new RegExp(`^${r.reference}.*${clockText(r)}`))),
      ),
    );
  });

  it('keeps only the reservations past their 2-hour promise when asked', async () => {
    const missed = await reservations({ status: 'pending', promiseMissed: true }, [
      'confirmBy',
      'ASC',
    ]);
    const all = await reservations({ status: 'pending' }, ['confirmBy', 'ASC']);
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.length).toBeLessThan(all.length);
    await openList();

    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un filtre' }));
    await userEvent.click(
      await screen.findByRole('menuitemcheckbox', { name: 'Délai de 2 heures dépassé' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Délai de 2 heures dépassé' })).toBeChecked(),
    );
    await waitFor(() =>
      expect(rowsText()).toEqual(missed.map((r) => expect.stringContaining(r.reference))),
    );
    expect(rowsText().every((text) => text?.includes('de retard'))).toBe(true);
  });
});
