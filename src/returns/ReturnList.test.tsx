// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { refundClock } from '../domain/returns';
import type { ReturnAuthorisation } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const countOf = async (filter: Record<string, unknown>) => {
  const { token } = await apiSession(apiUrl(), 'support');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl(), `/returns?filter=${query}&range=[0,999]`, { token });
  return body as unknown as ReturnAuthorisation[];
};

describe('the returns list', () => {
  it('counts each stage, and lists the refunds to make by their promise, overdue first', async () => {
    const toReceive = await countOf({ status: 'authorised' });
    const toRefund = (await countOf({ status: 'received' })).toSorted(
      (a, b) => Date.parse(a.refundDueBy!) - Date.parse(b.refundDueBy!),
    );
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), '/returns');

    const tabs = await screen.findByRole('tablist', { name: 'Étapes du retour' });
    expect(
      await within(tabs).findByRole('tab', {
        name: `À réceptionner (${toReceive.length})`,
        selected: true,
      }),
    ).toBeInTheDocument();
    await userEvent.click(
      await within(tabs).findByRole('tab', { name: `À rembourser (${toRefund.length})` }),
    );

    await waitFor(() =>
      expect(
        screen
          .getAllByRole('row')
          .slice(1, toRefund.length + 1)
          .map((row) => row.textContent),
      ).toEqual(toRefund.slice(0, 25).map((ret) => expect.stringContaining(ret.reference))),
    );
    const [first] = toRefund;
    const clock = refundClock(first, TEST_NOW)!;
    expect(clock.state).toBe('late');
    const firstRow = screen.getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent(`${'days' in clock ? clock.days : 0} jours de retard`);
  });

  it('moves between the stages with the arrow keys, as any tab list', async () => {
    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), '/returns');

    const tabs = await screen.findByRole('tablist', { name: 'Étapes du retour' });
    const [first, second] = within(tabs).getAllByRole('tab');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(second).toHaveAttribute('tabindex', '-1');
    first.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(tabs).getAllByRole('tab').at(-1)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(second).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(second).toHaveAttribute('aria-selected', 'true'));
    expect(first).toHaveAttribute('aria-selected', 'false');
  });
});
