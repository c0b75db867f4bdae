// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deliveryTotals,
  refundTotals,
  reservationTotals,
  salesTotals,
  serviceTotals,
} from '../../domain/kpis';
import { i18nProvider } from '../../providers/i18n';
import { oneSpace, watchConsole } from '../../testing/app';
import { KpiCards } from './KpiCards';
import type { Period } from './period';
import type { KpiReport, KpiSections } from './types';

const logs = watchConsole();
afterEach(() => {
  cleanup();
  logs.expectSilent();
});

const sectionsWith = (service: Record<string, number>): KpiSections => {
  const nothing = new Map<string, number>();
  return {
    refunds: refundTotals(nothing),
    delivery: deliveryTotals(nothing),
    reservations: reservationTotals(nothing),
    sales: salesTotals(nothing),
    service: serviceTotals(new Map(Object.entries(service))),
  };
};

const period: Period = { preset: 'custom', from: '2026-11-01', to: '2026-11-07', groupBy: 'day' };

const report = {
  // 5 requests, 3 answered (2 within the promise) after 45 min, 1 h 30 and 11 h 30.
  totals: sectionsWith({
    'service.received': 5,
    'service.replied': 3,
    'service.repliedInPromise': 2,
    'service.replyMinutes.45': 1,
    'service.replyMinutes.90': 1,
    'service.replyMinutes.690': 1,
  }),
  // 4 requests, both answered within the promise, after 3 h each.
  previous: sectionsWith({
    'service.received': 4,
    'service.replied': 2,
    'service.repliedInPromise': 2,
    'service.replyMinutes.180': 2,
  }),
  open: {
    overdueRefunds: 0,
    lateOrdersOpen: 0,
    reservationsPastConfirmBy: 0,
    overdueContactRequests: 3,
  },
} as KpiReport;

const card = (name: string) => screen.getByRole('link', { name: new RegExp(`^${name}`) });
const cardText = (name: string) =>
  oneSpace(screen.getByText(name).closest('.MuiCard-root')?.textContent ?? '');

describe('the customer service cards', () => {
  it('give the requests, the answers within 8 business hours, the median reply and the overdue', () => {
    render(
      <AdminContext i18nProvider={i18nProvider}>
        <KpiCards report={report} period={period} />
      </AdminContext>,
    );

    const received = card('Demandes clients reçues');
    // One more request than before: not good news.
    expect(oneSpace(received.textContent!)).toBe(
      'Demandes clients reçues5Période précédente : 4 +1(en moins bien)',
    );
    expect(received).toHaveAttribute(
      'href',
      `#/contact-requests?filter=${encodeURIComponent(
        JSON.stringify({ receivedAt_gte: '2026-11-01', receivedAt_lte: '2026-11-07' }),
      )}`,
    );
    expect(cardText('Répondues sous 8 h ouvrées')).toBe(
      'Répondues sous 8 h ouvrées66,7 %Période précédente : 100 % −33,3 pts(en moins bien)',
    );
    expect(cardText('Délai médian de première réponse (heures ouvrées)')).toBe(
      'Délai médian de première réponse (heures ouvrées)1,5 hPériode précédente : 3 h −1,5 h(en mieux)',
    );
    const overdue = card('Demandes sans réponse hors délai');
    expect(oneSpace(overdue.textContent!)).toBe('Demandes sans réponse hors délai3');
    expect(overdue).toHaveAttribute('href', '#/contact-requests?filter=%7B%22overdue%22%3Atrue%7D');
  });
});
