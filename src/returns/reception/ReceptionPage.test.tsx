// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../../tests/support/mockApi';
import { formatParisDateTime } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { refundAmountCents, refundDueBy } from '../../domain/returns';
import type { ReturnAuthorisation } from '../../domain/types';
import { apiSession, callApi, renderApp, signIn, withMockApi } from '../../testing/app';

const { apiUrl } = withMockApi();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW), shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const returnsWith = async (filter: Record<string, unknown>) => {
  const { token } = await apiSession(apiUrl(), 'warehouse');
  const query = encodeURIComponent(JSON.stringify(filter));
  const { body } = await callApi(apiUrl(), `/returns?filter=${query}&range=[0,99]`, { token });
  return body as unknown as ReturnAuthorisation[];
};

const returnById = async (id: number) => {
  const { token } = await apiSession(apiUrl(), 'warehouse');
  return (await callApi(apiUrl(), `/returns/${id}`, { token }))
    .body as unknown as ReturnAuthorisation;
};

/** Money is written with narrow no-break spaces; the page's text is read with plain ones. */
const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

const openReception = async () => {
  await signIn(apiUrl(), 'warehouse');
  renderApp(apiUrl(), '/reception');
  return screen.findByRole('textbox', { name: 'Référence du retour' });
};

describe('the reception screen', () => {
  it('records a reception with the keyboard alone, then waits for the next parcel', async () => {
    const [parcel] = (await returnsWith({ status: 'authorised' })).filter(
      (ret) => ret.lines.length >= 2,
    );
    const field = await openReception();
    expect(field).toHaveFocus();

    await userEvent.keyboard(`${parcel.reference}{Enter}`);
    const groups = await screen.findAllByRole('radiogroup');
    expect(groups).toHaveLength(parcel.lines.length);
    await waitFor(() => expect(within(groups[0]).getAllByRole('radio')[0]).toHaveFocus());

    // 1 resalable for the first item, 2 worn for each of the others; the focus moves on alone.
    await userEvent.keyboard('1');
    await waitFor(() => expect(within(groups[1]).getAllByRole('radio')[0]).toHaveFocus());
    await userEvent.keyboard('2'.repeat(parcel.lines.length - 1));
    const confirm = screen.getByRole('button', { name: 'Valider la réception' });
    expect(confirm).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const recorded = await screen.findByText(/réceptionné :/);
    const inspected = parcel.lines.map((line, index) => ({
      ...line,
      condition: index === 0 ? ('resalable' as const) : ('worn' as const),
    }));
    const amount = refundAmountCents(inspected, parcel.returnShippingFeeCents);
    expect(recorded).toHaveTextContent(
      oneSpace(
        `Retour ${parcel.reference} réceptionné : ${formatEuros(amount)} à rembourser au plus tard le ${formatParisDateTime(refundDueBy(TEST_NOW))}.`,
      ),
    );
    expect(await returnById(parcel.id)).toMatchObject({
      status: 'received',
      lines: inspected,
      refundAmountCents: amount,
    });
    const next = screen.getByRole('textbox', { name: 'Référence du retour' });
    await waitFor(() => expect(next).toHaveFocus());
    expect(next).toHaveValue('');
  });

  it('asks for the condition of every item, and records nothing until then', async () => {
    const [parcel] = await returnsWith({ status: 'authorised' });
    await openReception();
    await userEvent.keyboard(`${parcel.reference}{Enter}`);
    const groups = await screen.findAllByRole('radiogroup');
    await waitFor(() => expect(within(groups[0]).getAllByRole('radio')[0]).toHaveFocus());

    await userEvent.click(screen.getByRole('button', { name: 'Valider la réception' }));

    expect(
      await screen.findByText(`Indiquez l’état de chaque article (encore ${parcel.lines.length}).`),
    ).toBeInTheDocument();
    expect(within(groups[0]).getAllByRole('radio')[0]).toHaveFocus();
    expect(await returnById(parcel.id)).toMatchObject({
      status: 'authorised',
      version: parcel.version,
    });
  });

  it('says a return was already received, offers no inspection, and changes nothing', async () => {
    const [done] = await returnsWith({ status: 'received' });
    const field = await openReception();

    await userEvent.type(field, `${done.reference}{Enter}`);

    expect(
      await screen.findByText(
        `Le retour ${done.reference} a déjà été réceptionné le ${formatParisDateTime(done.receivedAt!)}. Rien n’a été modifié.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(await returnById(done.id)).toMatchObject({ version: done.version });
  });

  it('says a cancelled return cannot be received', async () => {
    const [cancelled] = await returnsWith({ status: 'cancelled' });
    const field = await openReception();

    await userEvent.type(field, `${cancelled.reference}{Enter}`);

    expect(
      await screen.findByText(
        `Le retour ${cancelled.reference} a été annulé : il ne peut pas être réceptionné.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });
});
