// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clockFrom, createMockApi } from '../../mock-api/createMockApi';
import { createHandlers } from '../../mock-api/msw/handlers';
import { smallDataset, TEST_API_URL, TEST_NOW } from '../../tests/support/mockApi';
import { addHours, formatParisDateTime } from '../domain/dates';
import type { Reservation } from '../domain/types';
import { renderApp, resetBrowser, signIn, stubScroll, watchConsole } from '../testing/app';

/** A day and a half after the dataset was made: the holds that ended meanwhile are over. */
const LATER = addHours(TEST_NOW, 36);

const logs = watchConsole();
let close = () => {};
let untouched: Reservation;

// The data of TEST_NOW, served by a server whose clock reads LATER: nobody has read them since.
beforeAll(async () => {
  stubScroll();
  const data = await smallDataset();
  untouched = data.reservations.find(
    (r) => r.status === 'confirmed' && Date.parse(r.holdUntil!) < Date.parse(LATER),
  )!;
  const server = setupServer(...createHandlers(createMockApi(data, clockFrom(LATER)).handle));
  server.listen({ onUnhandledRequest: 'error' });
  close = () => server.close();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(LATER) });
});
afterAll(() => {
  vi.useRealTimers();
  close();
});
afterEach(async () => {
  await resetBrowser();
  logs.expectSilent();
});

describe('a reservation nobody collected', () => {
  it('has expired by itself once its hold was over, moved by the system', async () => {
    expect(untouched).toBeDefined();
    await signIn(TEST_API_URL, 'support');
    renderApp(TEST_API_URL, `/reservations/${untouched.id}/show`);

    const hold = await screen.findByRole('region', { name: 'Mise de côté 2 jours' });
    expect(hold).toHaveTextContent(
      `Gardée en boutique jusqu’au ${formatParisDateTime(untouched.holdUntil!)}`,
    );
    expect(hold).toHaveTextContent('Non retirée avant la fin de la garde');
    expect(
      await within(hold).findByText(
        `Passée au statut « Expirée » le ${formatParisDateTime(LATER)} par Système, sans action de l’équipe.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Statut').closest('.ra-field')).toHaveTextContent('StatutExpirée');
    const expiry = await screen.findByText('Statut : Confirmée → Expirée');
    expect(expiry.closest('tr')).toHaveTextContent(
      `${formatParisDateTime(LATER)}SystèmeStatut : Confirmée → Expirée`,
    );
    expect(screen.queryByRole('button', { name: /Marquer retirée/ })).not.toBeInTheDocument();
  });
});
