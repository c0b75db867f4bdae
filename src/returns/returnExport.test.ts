import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { Identifier } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../common/csv';
import type { ReturnAuthorisation } from '../domain/types';
import { fr } from '../providers/i18n/fr';
import { RETURN_EXPORT_COLUMNS } from './returnExport';

const RECEIVED: ReturnAuthorisation = {
  id: 5,
  version: 2,
  reference: 'RET-2025-000005',
  orderId: 12,
  customerId: 7,
  requestedAt: '2025-10-25T22:30:00.000Z',
  status: 'received',
  lines: [],
  resolution: 'credit_note',
  returnShippingFeeCents: 490,
  receivedAt: '2025-10-27T09:15:00.000Z',
  receivedBy: 3,
  refundDueBy: '2025-11-10T09:15:00.000Z',
  refundAmountCents: null,
  refundedAt: null,
  creditNoteId: null,
  notes: '',
};

const NAMES: Record<string, string> = {
  'orders/12': 'CMD-2025-000012',
  'customers/7': 'Léa Martin',
};

const table = (readable: readonly string[]) =>
  csvTable(RETURN_EXPORT_COLUMNS, [RECEIVED], {
    translate: polyglotI18nProvider(() => fr, 'fr').translate,
    canRead: (resource) => readable.includes(resource),
    nameOf: (resource: string, id: Identifier) => NAMES[`${resource}/${id}`],
  });

const { fields } = fr.resources.returns;

describe('the returns export', () => {
  it('writes a return with its order’s reference and its customer’s name, French words, euros, Paris dates', () => {
    const { headers, rows } = table(['orders', 'customers']);
    expect(headers).toEqual([
      fields.reference,
      fields.requestedAt,
      fields.orderId,
      fields.customerId,
      fields.status,
      fields.resolution,
      fields.returnShippingFeeCents,
      fields.receivedAt,
      fields.refundAmountCents,
      fields.refundDueBy,
      fields.refundedAt,
    ]);
    expect(rows).toEqual([
      [
        'RET-2025-000005',
        // The night winter time comes back: still UTC+2 at 22:30 UTC.
        '26/10/2025 00:30',
        'CMD-2025-000012',
        'Léa Martin',
        'Reçu',
        'Avoir',
        '4,90',
        '27/10/2025 10:15',
        null,
        '10/11/2025 10:15',
        null,
      ],
    ]);
  });

  it('keeps the order but leaves the customer out for the warehouse, which may not read customers', () => {
    const { headers, rows } = table(['orders']);
    expect(headers).toContain(fields.orderId);
    expect(headers).not.toContain(fields.customerId);
    expect(rows[0]).toContain('CMD-2025-000012');
    expect(rows[0]).not.toContain('Léa Martin');
  });
});
