// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { replyClock } from '../domain/contactRequests';
import type { ContactRequest } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi, withTestClock } from '../testing/app';

const { apiUrl } = withMockApi();

// The browser's clock stands still at the server's: the clocks read to the minute.
withTestClock({ running: false });

const TO_ANSWER = ['new', 'open'];

/** Every request that matches, in the order asked, as support reads them. */
const requests = async (filter: Record<string, unknown>, sort: [string, 'ASC' | 'DESC']) => {
  const { token } = await apiSession(apiUrl(), 'support');
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify(sort),
    range: '[0,999]',
  });
  const { body } = await callApi(apiUrl(), `/contact-requests?${query}`, { token });
  return body as unknown as ContactRequest[];
};

const rows = () => screen.getAllByRole('row').slice(1);
const referencesShown = () => rows().map((row) => row.textContent?.match(/DEM-\d{2}-\d{6}/)?.[0]);
const firstPage = (list: ContactRequest[]) => list.slice(0, 25).map((r) => r.reference);

const openList = async (path = '/contact-requests') => {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), path);
  await screen.findByRole('tablist', { name: 'Étapes de la demande' });
};

describe('the requests inbox', () => {
  it('lists the requests to answer by their reply promise, the overdue first, each with its clock', async () => {
    const toAnswer = await requests({ status: TO_ANSWER }, ['firstReplyDueBy', 'ASC']);
    const states = toAnswer.map((r) => replyClock(r, TEST_NOW).state);
    expect(states).toEqual(expect.arrayContaining(['overdue', 'running', 'replied']));
    await openList();

    expect(
      await screen.findByRole('tab', { name: `À traiter (${toAnswer.length})`, selected: true }),
    ).toBeInTheDocument();
    await waitFor(() => expect(referencesShown()).toEqual(firstPage(toAnswer)));
    // Customer service is open at the server's time: no clock is paused.
    const clockTexts = {
      overdue: /En retard de \d/,
      running: /Reste .+ \(ouvré\)/,
      replied: /Répondu le .+ \((dans les délais|hors délai)\)/,
    };
    rows().forEach((row, i) => {
      expect(row).toHaveTextContent(clockTexts[states[i] as keyof typeof clockTexts]);
    });
  });

  it('shows who wrote, the reason and the order, flagging a reference of another customer', async () => {
    const [mismatch] = await requests({ orderMismatch: true }, ['id', 'ASC']);
    expect(mismatch).toBeDefined();
    await openList(
      `/contact-requests?${new URLSearchParams({ filter: JSON.stringify({ q: mismatch.reference }) })}`,
    );

    await waitFor(() => expect(referencesShown()).toEqual([mismatch.reference]));
    const [row] = rows();
    expect(row).toHaveTextContent(`${mismatch.firstName} ${mismatch.lastName}${mismatch.email}`);
    expect(row).toHaveTextContent(`${mismatch.orderReference}Commande d'un autre client`);
  });

  it('gathers the requests waiting for the customer, then the resolved ones, in tabs', async () => {
    const waiting = await requests({ status: 'waiting_customer' }, ['receivedAt', 'DESC']);
    const resolved = await requests({ status: 'resolved' }, ['resolvedAt', 'DESC']);
    expect(waiting.length).toBeGreaterThan(0);
    expect(resolved.length).toBeGreaterThan(0);
    await openList();

    await userEvent.click(
      await screen.findByRole('tab', { name: `En attente du client (${waiting.length})` }),
    );
    await waitFor(() => expect(referencesShown()).toEqual(firstPage(waiting)));
    expect(rows().every((row) => within(row).queryByText('En attente du client'))).toBe(true);

    await userEvent.click(screen.getByRole('tab', { name: `Résolues (${resolved.length})` }));
    await waitFor(() => expect(referencesShown()).toEqual(firstPage(resolved)));
  });

  it('keeps, in one click, the requests of the signed-in member of staff, or those of nobody', async () => {
    const { user } = await apiSession(apiUrl(), 'support');
    const sort: [string, 'ASC'] = ['firstReplyDueBy', 'ASC'];
    const mine = await requests({ status: TO_ANSWER, assigneeId: user.id }, sort);
    const nobodys = await requests({ status: TO_ANSWER, unassigned: true }, sort);
    const all = await requests({ status: TO_ANSWER }, sort);
    expect(mine.length).toBeGreaterThan(0);
    expect(nobodys.length).toBeGreaterThan(0);
    expect(mine.length + nobodys.length).toBeLessThan(all.length);
    await openList();
    const quickFilters = screen.getByRole('group', { name: 'Filtres rapides' });

    await userEvent.click(
      await within(quickFilters).findByRole('button', { name: 'Mes demandes' }),
    );
    await waitFor(() => expect(referencesShown()).toEqual(firstPage(mine)));
    expect(rows().every((row) => row.textContent?.includes(user.fullName))).toBe(true);
    expect(within(quickFilters).getByRole('button', { name: 'Mes demandes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(within(quickFilters).getByRole('button', { name: 'Non assignées' }));
    await waitFor(() => expect(referencesShown()).toEqual(firstPage(nobodys)));
    expect(within(quickFilters).getByRole('button', { name: 'Mes demandes' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await userEvent.click(within(quickFilters).getByRole('button', { name: 'Non assignées' }));
    await waitFor(() => expect(referencesShown()).toEqual(firstPage(all)));
  });
});
