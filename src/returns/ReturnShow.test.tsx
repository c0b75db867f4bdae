// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../tests/support/mockApi';
import { formatParisDate, formatParisDateTime } from '../domain/dates';
import { formatEuros } from '../domain/money';
import { refundBreakdown, returnWindowClosesOn } from '../domain/returns';
import type { CreditNote, Order, ReturnAuthorisation } from '../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../testing/app';

const { apiUrl } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const get = async <T,>(path: string) => {
  const { token } = await apiSession(apiUrl(), 'admin');
  return (await callApi(apiUrl(), path, { token })).body as unknown as T;
};
const returnsWith = (filter: Record<string, unknown>) =>
  get<ReturnAuthorisation[]>(
    `/returns?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`,
  );

/** Money is written with narrow no-break spaces; the page's text is read with plain ones. */
const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

const openReturn = async (ret: ReturnAuthorisation, panel = 'Remboursement') => {
  await signIn(apiUrl(), 'support');
  renderApp(apiUrl(), `/returns/${ret.id}/show`);
  return screen.findByRole('region', { name: panel });
};

describe('the return page', () => {
  it('breaks the refund down: accepted items, the fee, what is owed and where it goes', async () => {
    const [ret] = (await returnsWith({ status: 'received', resolution: 'refund' })).filter(
      (r) => r.returnShippingFeeCents > 0,
    );
    const { acceptedCents, deductedFeeCents, amountCents } = refundBreakdown(
      ret.lines,
      ret.returnShippingFeeCents,
    );
    const panel = await openReturn(ret);

    const row = (name: string) =>
      oneSpace(within(panel).getByRole('rowheader', { name }).closest('tr')!.textContent!);
    expect(await within(panel).findByText(/^À rembourser sur /)).toBeInTheDocument();
    expect(row('Articles acceptés (revendables)')).toContain(oneSpace(formatEuros(acceptedCents)));
    expect(row('Frais de retour')).toContain(oneSpace(formatEuros(-deductedFeeCents)));
    expect(row('À rembourser')).toContain(oneSpace(formatEuros(amountCents)));
    expect(within(panel).getByText(/^À rembourser au plus tard le/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: (name) => oneSpace(name) === oneSpace(`Rembourser ${formatEuros(amountCents)}`),
      }),
    ).toBeInTheDocument();
  });

  it('says a credited return gave a credit note, with its date and reference, never a refund', async () => {
    const [ret] = await returnsWith({ status: 'credited' });
    const note = await get<CreditNote>(`/credit-notes/${ret.creditNoteId}`);
    const panel = await openReturn(ret, 'Avoir');

    expect(
      await within(panel).findByText(
        `Avoir émis le ${formatParisDateTime(ret.refundedAt!)} (${note.reference})`,
      ),
    ).toBeInTheDocument();
    expect(
      oneSpace(
        within(panel).getByRole('rowheader', { name: 'Montant de l’avoir' }).closest('tr')!
          .textContent!,
      ),
    ).toContain(oneSpace(formatEuros(ret.refundAmountCents!)));
    expect(panel).not.toHaveTextContent(/rembours/i);
  });

  it('says a refund made went back to the card for what the order’s payment recorded', async () => {
    const refunded = await returnsWith({ status: 'refunded', resolution: 'refund' });
    const found = await Promise.all(
      refunded.map(async (ret) => ({ ret, order: await get<Order>(`/orders/${ret.orderId}`) })),
    );
    const { ret, order } = found.find(({ ret, order }) =>
      order.payment.refunds.some((made) => made.returnId === ret.id),
    )!;
    const made = order.payment.refunds.find((refund) => refund.returnId === ret.id)!;
    const panel = await openReturn(ret);

    const method = order.payment.method === 'paypal' ? 'PayPal' : 'Carte bancaire';
    const row = await within(panel).findByRole('rowheader', { name: `Remboursé sur ${method}` });
    expect(oneSpace(row.closest('tr')!.textContent!)).toContain(
      oneSpace(formatEuros(made.amountCents)),
    );
    expect(
      within(panel).getByText(`Remboursé le ${formatParisDateTime(ret.refundedAt!)}`),
    ).toBeInTheDocument();
  });

  it('says return shipping was free for a Klub member, not “-0,00 €”', async () => {
    const [ret] = (await returnsWith({ status: 'received', resolution: 'refund' })).filter(
      (r) => r.returnShippingFeeCents === 0,
    );
    const panel = await openReturn(ret);

    const row = await within(panel).findByRole('rowheader', { name: 'Frais de retour' });
    expect(row.closest('tr')).toHaveTextContent('Offerts (membre du Klub)');
    expect(panel).not.toHaveTextContent(/-\s?0,00/);
  });

  it('says why the return was accepted and why its shipping is charged', async () => {
    const [ret] = (await returnsWith({ status: 'authorised' })).filter(
      (r) => r.returnShippingFeeCents > 0,
    );
    const order = await get<Order>(`/orders/${ret.orderId}`);
    await openReturn(ret);

    const eligibility = await screen.findByRole('region', { name: 'Recevabilité' });
    expect(eligibility).toHaveTextContent(
      `Commande livrée le ${formatParisDate(order.deliveredAt!)}`,
    );
    expect(eligibility).toHaveTextContent(
      `Retours acceptés jusqu’au ${formatParisDate(returnWindowClosesOn(order.deliveredAt!))} inclus`,
    );
    expect(
      oneSpace(screen.getByRole('region', { name: 'Frais de retour' }).textContent!),
    ).toContain(
      oneSpace(
        `${formatEuros(ret.returnShippingFeeCents)} déduits du remboursement : le client n’était pas membre actif du Klub`,
      ),
    );
    expect(
      screen.getByText(
        'Le montant sera connu à la réception, quand chaque article aura été inspecté.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Rembourser/ })).not.toBeInTheDocument();
    // The customer asked for it on the website: the system recorded its creation.
    const created = await screen.findByText('Fiche créée');
    expect(created.closest('tr')).toHaveTextContent('Système');
  });
});
