// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContactRequest, Customer } from '../domain/types';
import {
  callApiAs,
  recordsWith,
  renderApp,
  signIn,
  withMockApi,
  withTestClock,
} from '../testing/app';

const { apiUrl } = withMockApi();

// The browser's clock stands still where each test puts it: the clock reads to the minute.
withTestClock({ running: false });

const api = <T,>(path: string, init: { method?: string; body?: unknown } = {}) =>
  callApiAs<T>(apiUrl(), 'support', path, init);

/**
 * A call taken at the server's time, Wednesday 25 November 2026 10:00 in Paris: 7 h 30 of opening
 * time are left that day, so its first reply is due on Thursday at 9:00 (8:00 UTC).
 */
const takeCall = async () => {
  const [customer] = await recordsWith<Customer>(apiUrl(), 'customers', {});
  const request = await api<ContactRequest>('/contact-requests', {
    method: 'POST',
    body: {
      channel: 'phone',
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      reason: 'payment',
      message: 'Ma carte a-t-elle été débitée ?',
    },
  });
  expect(request.firstReplyDueBy).toBe('2026-11-26T08:00:00.000Z');
  return request;
};

/** The request page at `browserNow`, and its promise panel. */
const promiseAt = async (request: ContactRequest, browserNow: string) => {
  vi.setSystemTime(new Date(browserNow));
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), `/contact-requests/${request.id}/show`);
  return screen.findByRole('region', { name: 'Réponse sous 8 heures ouvrées' });
};

describe('the first-reply clock, in business time', () => {
  it.each([
    ['runs while customer service is open', '2026-11-25T14:40:00.000Z', 'Reste 2 h 20 (ouvré)'],
    [
      'pauses in the evening, until the next opening',
      '2026-11-25T19:00:00.000Z',
      'En pause — reprend jeudi 8 h 30 · reste 30 min (ouvré)',
    ],
    ['says how late, in opening time', '2026-11-26T09:10:00.000Z', 'En retard de 1 h 10'],
    [
      'stays late, paused, over the evening',
      '2026-11-26T18:00:00.000Z',
      'En retard de 8 h 30 · en pause — reprend vendredi 8 h 30',
    ],
  ])('%s', async (_, browserNow, text) => {
    const request = await takeCall();
    const promise = await promiseAt(request, browserNow);

    expect(promise).toHaveTextContent('À répondre avant le 26/11/2026 09:00');
    expect(await within(promise).findByText(text)).toBeInTheDocument();
  });

  it('says when the first reply went out, and that it kept the promise', async () => {
    const request = await takeCall();
    await api(`/contact-requests/${request.id}`, {
      method: 'PUT',
      body: {
        version: request.version,
        messages: [...request.messages, { direction: 'out', body: 'Oui, à l’expédition.' }],
      },
    });
    const promise = await promiseAt(request, '2026-11-27T09:00:00.000Z');

    expect(
      await within(promise).findByText('Répondu le 25/11/2026 10:00 (dans les délais)'),
    ).toBeInTheDocument();
  });

  it('reads in English too', async () => {
    const request = await takeCall();
    await promiseAt(request, '2026-11-25T19:00:00.000Z');

    await userEvent.click(await screen.findByRole('button', { name: 'Français' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'English' }));

    const promise = await screen.findByRole('region', { name: 'Reply within 8 business hours' });
    expect(
      await within(promise).findByText(
        'Paused — resumes Thursday 8:30 · 30 min left (business time)',
      ),
    ).toBeInTheDocument();
  });
});
