// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiSession, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

async function countNotes(filter: Record<string, unknown>): Promise<number> {
  const { token } = await apiSession(apiUrl(), 'support');
  const query = encodeURIComponent(JSON.stringify(filter));
  const response = await fetch(`${apiUrl()}/credit-notes?filter=${query}&range=[0,0]`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return Number(response.headers.get('Content-Range')?.split('/')[1]);
}

describe('the list of the credit notes', () => {
  it('keeps the notes with a balance while "Avec un solde" is ticked', async () => {
    const all = await countNotes({});
    const withBalance = await countNotes({ balanceCents_gt: 0 });
    expect(withBalance).toBeLessThan(all);
    const showsTotal = async (total: number) =>
      expect(await screen.findByText(`1-${Math.min(total, 25)} sur ${total}`)).toBeInTheDocument();

    await signIn(apiUrl(), 'support');
    renderApp(apiUrl(), '/credit-notes');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter un filtre' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Avec un solde' }));
    await showsTotal(withBalance);

    const hasBalance = screen.getByRole('switch', { name: 'Avec un solde' });
    await user.click(hasBalance);
    await showsTotal(all);
    await user.click(hasBalance);
    await showsTotal(withBalance);
  });
});
