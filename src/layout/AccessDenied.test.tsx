// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

describe('a page the role may not open', () => {
  // The console must stay silent: no request for the page is even sent (no 403 logged).
  it('says so, naming the role, instead of showing the page', async () => {
    await signIn(apiUrl(), 'warehouse');
    renderApp(apiUrl(), '/customers');

    expect(
      await screen.findByText("Votre rôle (Entrepôt) ne permet pas d'ouvrir cette page."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
