// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  apiSession,
  callApi,
  DEMO_PASSWORD,
  emailOf,
  renderApp,
  withMockApi,
} from '../testing/app';

const { apiUrl } = withMockApi();

async function submitLogin(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/e-mail/i), email);
  await user.type(screen.getByLabelText(/^mot de passe/i), password);
  await user.click(screen.getByRole('button', { name: 'Connexion' }));
}

describe('login page', () => {
  it('signs in with the demo credentials and greets the staff member by name', async () => {
    const { user } = await apiSession(apiUrl(), 'admin');
    renderApp(apiUrl(), '/login');

    await submitLogin(emailOf('admin'), DEMO_PASSWORD);

    expect(await screen.findByText(`Bonjour ${user.fullName}`)).toBeInTheDocument();
    expect(localStorage.getItem('kaporal.token')).toBeTruthy();
  });

  it('shows the message of the server when the password is wrong', async () => {
    const refusal = await callApi(apiUrl(), '/auth/login', {
      method: 'POST',
      body: { email: emailOf('admin'), password: 'wrong password' },
    });
    expect(refusal.status).toBe(401);
    renderApp(apiUrl(), '/login');

    await submitLogin(emailOf('admin'), 'wrong password');

    expect(await screen.findByText(String(refusal.body.message))).toBeInTheDocument();
    expect(localStorage.getItem('kaporal.token')).toBeNull();
  });
});
