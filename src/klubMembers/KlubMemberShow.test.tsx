// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatParisDate, parisDate } from '../domain/dates';
import type { KlubMember, KlubStatus } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl, logs } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const TODAY = parisDate(TEST_NOW);

async function adminCall(path: string, init: { method?: string; body?: unknown } = {}) {
  const { token } = await apiSession(apiUrl(), 'admin');
  return callApi(apiUrl(), path, { token, ...init });
}

async function members(status: KlubStatus): Promise<KlubMember[]> {
  const filter = encodeURIComponent(JSON.stringify({ status, kind: 'member' }));
  return (await adminCall(`/klub-members?filter=${filter}`)).body as unknown as KlubMember[];
}

const stored = async (id: number) =>
  (await adminCall(`/klub-members/${id}`)).body as unknown as KlubMember;

async function openMember(member: KlubMember) {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), `/klub-members/${member.id}/show`);
  await screen.findByText(member.memberNumber);
}

const statusChip = () => document.querySelector('.ra-field-status');

describe('the moves of a Klub membership', () => {
  it('suspends an active member once confirmed', async () => {
    const [member] = await members('active');
    await openMember(member);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Suspendre' }));
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    await waitFor(() => expect(statusChip()).toHaveTextContent('Suspendu'));
    expect(screen.getByRole('button', { name: 'Réactiver' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Suspendre' })).not.toBeInTheDocument();
    expect((await stored(member.id)).status).toBe('suspended');
  });

  it('shows the server’s refusal to suspend a member who left meanwhile; nothing changes', async () => {
    const [, member] = await members('active');
    await openMember(member);
    const suspend = await screen.findByRole('button', { name: 'Suspendre' });
    const meanwhile = await adminCall(`/klub-members/${member.id}`, {
      method: 'PUT',
      body: { status: 'left', version: member.version },
    });
    expect(meanwhile.status).toBe(200);
    const refusal = await adminCall(`/klub-members/${member.id}`, {
      method: 'PUT',
      body: { status: 'suspended', version: member.version },
    });
    expect(refusal.status).toBe(409);

    logs.expectRefusal(409);
    const user = userEvent.setup();
    await user.click(suspend);
    await user.click(await screen.findByRole('button', { name: 'Confirmer' }));

    expect(await screen.findByText(String(refusal.body.message))).toBeInTheDocument();
    expect(await stored(member.id)).toEqual(meanwhile.body);
  });

  it('offers no move for a membership that left: the customer joins again instead', async () => {
    const [member] = await members('left');
    await openMember(member);

    await screen.findByRole('columnheader', { name: 'Événement' });
    for (const name of ['Suspendre', 'Réactiver', 'Quitter le Klub', 'Nommer ambassadeur']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(
      screen.queryByRole('button', { name: 'Inviter à un événement' }),
    ).not.toBeInTheDocument();
  });

  it('shows a suspended member’s promotion and invitation disabled, saying to reactivate first', async () => {
    const [member] = await members('suspended');
    await openMember(member);

    const reason =
      'Adhésion suspendue : réactivez-la pour nommer ambassadeur ou inviter à un événement.';
    for (const name of ['Nommer ambassadeur', 'Inviter à un événement']) {
      const button = await screen.findByRole('button', { name });
      expect(button, name).toBeDisabled();
      expect(button, name).toHaveAccessibleDescription(reason);
    }
    expect(screen.getByRole('button', { name: 'Réactiver' })).toBeEnabled();
  });
});

describe('the event invitations of a member', () => {
  it('records that the member attended a past event', async () => {
    const candidates = await members('active');
    const member = candidates.find((m) =>
      m.invitations.some((i) => i.status === 'accepted' && i.date < TODAY),
    )!;
    const index = member.invitations.findIndex((i) => i.status === 'accepted' && i.date < TODAY);
    const { event, date } = member.invitations[index];
    await openMember(member);

    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', {
        name: `Marquer présent à « ${event} » du ${formatParisDate(date)}`,
      }),
    );

    await screen.findByText('Invitations enregistrées.');
    expect((await stored(member.id)).invitations).toEqual(
      member.invitations.map((invitation, i) =>
        i === index ? { ...invitation, status: 'attended' } : invitation,
      ),
    );
  });

  it('invites an active member to an event: the invitation waits for an answer', async () => {
    const [, , member] = await members('active');
    await openMember(member);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Inviter à un événement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviter à un événement' });
    await user.type(screen.getByRole('textbox', { name: /^Événement/ }), 'Soirée Klub à Lille');
    await user.type(screen.getByLabelText(/^Date/), '2026-12-12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect((await stored(member.id)).invitations).toEqual([
      ...member.invitations,
      { event: 'Soirée Klub à Lille', date: '2026-12-12', status: 'invited' },
    ]);
  });
});
