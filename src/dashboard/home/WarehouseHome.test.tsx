// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../../testing/app';

const { apiUrl } = withMockApi();

const openHome = async () => {
  await signIn(apiUrl(), 'warehouse');
  renderApp(apiUrl());
  return screen.findByRole('textbox', { name: 'Référence du retour' });
};

const awaitingReturns = async () => {
  const { token } = await apiSession(apiUrl(), 'warehouse');
  const filter = encodeURIComponent(JSON.stringify({ status: 'authorised' }));
  const sort = encodeURIComponent(JSON.stringify(['requestedAt', 'ASC']));
  const { body } = await callApi(apiUrl(), `/returns?filter=${filter}&sort=${sort}`, { token });
  return body as unknown as { id: number; reference: string }[];
};

describe('the warehouse home page', () => {
  it('lists the returns awaiting reception, oldest first, without asking for the KPIs', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const expected = await awaitingReturns();
    await openHome();

    const section = screen.getByRole('region', {
      name: 'Retours attendus, les plus anciens d’abord',
    });
    expect(await within(section).findByText(`${expected.length} à traiter`)).toBeInTheDocument();
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(
      expected.slice(0, 10).map((ret) => ret.reference),
    );
    expect(document.querySelector('[data-dashboard-ready="true"]')).toBeInTheDocument();
    const urls = fetchSpy.mock.calls.map(([input]) =>
      String(input instanceof Request ? input.url : input),
    );
    expect(urls.some((url) => url.includes('/returns?'))).toBe(true);
    expect(urls.some((url) => url.includes('/kpis'))).toBe(false);
    fetchSpy.mockRestore();
  });

  it('opens the reception of the return whose reference is scanned, then Enter', async () => {
    const [known] = await awaitingReturns();
    const field = await openHome();
    expect(field).toHaveFocus();

    await userEvent.type(field, `${known.reference}{Enter}`);

    await waitFor(() => expect(window.location.hash).toBe(`#/reception/${known.id}`));
  });

  it('says a reference is unknown, and keeps it selected for the next scan', async () => {
    const field = await openHome();

    await userEvent.type(field, 'RET-99-999999{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Aucun retour ne porte la référence « RET-99-999999 ». Rien n’a été modifié.',
    );
    expect(window.location.hash).toBe('#/');
    expect(field).toHaveValue('RET-99-999999');
    expect(field).toHaveFocus();
    expect([
      (field as HTMLInputElement).selectionStart,
      (field as HTMLInputElement).selectionEnd,
    ]).toEqual([0, 'RET-99-999999'.length]);
  });
});
