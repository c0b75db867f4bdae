import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { Identifier } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../common/csv';
import type { Order } from '../domain/types';
import { fr } from '../providers/i18n/fr';
import { ORDER_EXPORT_COLUMNS } from './orderExport';

const SHIPPED: Order = {
  id: 12,
  version: 3,
  reference: 'CMD-2025-000012',
  customerId: 7,
  placedAt: '2025-03-29T23:10:00.000Z',
  status: 'shipped',
  lines: [],
  subtotalCents: 8990,
  promoCode: null,
  discountCents: 0,
  shippingFeeCents: 0,
  totalCents: 8990,
  payment: {
    method: 'card',
    cardBrand: 'visa',
    provider: 'payline',
    transactionId: 'PL-1',
    creditNoteIds: [],
    creditAppliedCents: 0,
    chargedCents: 8990,
    status: 'captured',
    capturedAt: '2025-03-30T08:00:00.000Z',
    refunds: [],
  },
  delivery: {
    mode: 'relay_point',
    carrier: 'Mondial Relay',
    trackingNumber: 'MR123',
    trackingUrl: null,
    address: '1 rue de la Paix, 75002 Paris',
    relayPointName: 'Tabac de la Gare',
    recipientName: 'Camille Martin',
  },
  promisedBy: '2025-04-03T21:59:59.000Z',
  shippedAt: '2025-03-31T07:45:00.000Z',
  deliveredAt: null,
  salesPeriod: false,
};

const table = (readable: readonly string[]) =>
  csvTable(ORDER_EXPORT_COLUMNS, [SHIPPED], {
    translate: polyglotI18nProvider(() => fr, 'fr').translate,
    canRead: (resource) => readable.includes(resource),
    nameOf: (resource: string, id: Identifier) =>
      resource === 'customers' && id === 7 ? 'Léa Martin' : undefined,
  });

const { fields } = fr.resources.orders;

describe('the orders export', () => {
  it('writes an order as the list shows it: its customer by name, French words, euros, Paris dates', () => {
    const { headers, rows } = table(['customers']);
    expect(headers).toEqual([
      fields.reference,
      fields.placedAt,
      fields.customerId,
      fields.status,
      fields.totalCents,
      fields.payment.method,
      fields.delivery.mode,
      fields.delivery.carrier,
      fields.promisedBy,
      fields.shippedAt,
      fields.deliveredAt,
    ]);
    expect(rows).toEqual([
      [
        'CMD-2025-000012',
        // Placed just past midnight in Paris, the night summer time starts the next day.
        '30/03/2025 00:10',
        'Léa Martin',
        'Expédiée',
        '89,90',
        'Carte bancaire',
        'Point relais',
        'Mondial Relay',
        '03/04/2025',
        // Summer time: UTC+2.
        '31/03/2025 09:45',
        null,
      ],
    ]);
  });

  it('leaves the customer out for a role that may not read customers (the warehouse)', () => {
    const { headers, rows } = table([]);
    expect(headers).not.toContain(fields.customerId);
    expect(rows[0]).not.toContain('Léa Martin');
    expect(rows[0]).toHaveLength(ORDER_EXPORT_COLUMNS.length - 1);
  });
});
