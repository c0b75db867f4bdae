import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { Identifier } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { en } from '../providers/i18n/en';
import { fr } from '../providers/i18n/fr';
import { csvTable, referencedIds, toCsv, type CsvColumn } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and separates cells with semicolons, lines with CRLF', () => {
    expect(toCsv(['Rayon', 'Taux'], [['Homme', 12]])).toBe('\uFEFFRayon;Taux\r\nHomme;12\r\n');
  });

  it('writes decimals with a comma and null as an empty cell', () => {
    expect(toCsv(['a', 'b'], [[12.5, null]])).toBe('\uFEFFa;b\r\n12,5;\r\n');
  });

  it('quotes the cells holding a separator, a quote, a line break or outer spaces', () => {
    const csv = toCsv(['x'], [['a;b'], ['dit "non"'], ['deux\nlignes'], [' espace'], ['simple']]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFx',
      '"a;b"',
      '"dit ""non"""',
      '"deux\nlignes"',
      '" espace"',
      'simple',
      '',
    ]);
  });
});

interface Row {
  id: number;
  status: string;
  totalCents: number | null;
  placedAt: string;
  dueOn: string;
  paid: boolean;
  customerId: number | null;
  resource: string;
  recordId: number;
}

const ROW: Row = {
  id: 1,
  status: 'delivered',
  totalCents: 123450,
  placedAt: '2025-01-15T23:30:00.000Z',
  dueOn: '2025-07-01',
  paid: true,
  customerId: 7,
  resource: 'orders',
  recordId: 42,
};

const COLUMNS: readonly CsvColumn<Row>[] = [
  {
    label: 'resources.orders.fields.status',
    value: (r) => r.status,
    format: { enum: 'orderStatus' },
  },
  { label: 'resources.orders.fields.totalCents', value: (r) => r.totalCents, format: 'euros' },
  { label: 'resources.orders.fields.placedAt', value: (r) => r.placedAt, format: 'dateTime' },
  { label: 'resources.orders.fields.promisedBy', value: (r) => r.dueOn, format: 'date' },
  { label: 'resources.customers.fields.newsletter', value: (r) => r.paid, format: 'yesNo' },
  {
    label: 'resources.orders.fields.customerId',
    value: (r) => r.customerId,
    format: { reference: 'customers' },
  },
  {
    label: 'resources.audit-events.fields.resource',
    value: (r) => r.resource,
    format: 'resourceName',
  },
  {
    label: 'resources.audit-events.fields.recordId',
    value: (r) => r.recordId,
    format: { reference: (r) => r.resource },
  },
];

const NAMES: Record<string, string> = { 'customers/7': 'Léa Martin', 'orders/42': 'CMD-000042' };

const contextIn = (locale: 'fr' | 'en', readable: readonly string[] = ['customers', 'orders']) => ({
  translate: polyglotI18nProvider(() => (locale === 'en' ? en : fr), locale).translate,
  canRead: (resource: string) => readable.includes(resource),
  nameOf: (resource: string, id: Identifier) => NAMES[`${resource}/${id}`],
});

describe('csvTable', () => {
  it('writes headers, enums, yes/no and resource names in French, amounts in euros, dates on the Paris clock', () => {
    expect(csvTable(COLUMNS, [ROW], contextIn('fr'))).toEqual({
      headers: [
        'Statut',
        'Total',
        'Passée le',
        'Livraison promise le',
        'Newsletter',
        'Client',
        'Ressource',
        'Fiche',
      ],
      // 23:30 UTC in January is past midnight in Paris (UTC+1).
      rows: [
        [
          'Livrée',
          '1234,50',
          '16/01/2025 00:30',
          '01/07/2025',
          'Oui',
          'Léa Martin',
          'Commande',
          'CMD-000042',
        ],
      ],
    });
  });

  it('writes the words in English for an English UI, amounts and dates still as French Excel reads them', () => {
    const { headers, rows } = csvTable(COLUMNS, [ROW], contextIn('en'));
    expect(headers.slice(0, 3)).toEqual(['Status', 'Total', 'Placed']);
    expect(rows[0].slice(0, 5)).toEqual([
      'Delivered',
      '1234,50',
      '16/01/2025 00:30',
      '01/07/2025',
      'Yes',
    ]);
  });

  it('takes summer time into account, writes cents and negative amounts exactly, leaves nulls empty', () => {
    const summer = {
      ...ROW,
      placedAt: '2025-07-14T12:05:00.000Z',
      totalCents: -5,
      customerId: null,
    };
    const [row] = csvTable(COLUMNS, [summer], contextIn('fr')).rows;
    expect(row.slice(1, 3)).toEqual(['-0,05', '14/07/2025 14:05']);
    expect(row[5]).toBeNull();
    expect(
      csvTable(COLUMNS, [{ ...ROW, totalCents: null }], contextIn('fr')).rows[0][1],
    ).toBeNull();
  });

  it('leaves out a column of a resource the role may not read, and a row’s record of such a resource', () => {
    const { headers, rows } = csvTable(COLUMNS, [ROW], contextIn('fr', []));
    expect(headers).not.toContain('Client');
    expect(headers).toHaveLength(COLUMNS.length - 1);
    expect(rows[0].at(-1)).toBeNull();
  });

  it('writes a value that has no translation as it is, not as a message key', () => {
    const [row] = csvTable(COLUMNS, [{ ...ROW, status: 'lost' }], contextIn('fr')).rows;
    expect(row[0]).toBe('lost');
  });
});

describe('referencedIds', () => {
  it('gathers once each id the rows point to, by resource, for the resources the role may read', () => {
    const rows = [
      ROW,
      { ...ROW, id: 2, recordId: 43 },
      { ...ROW, id: 3, customerId: 8, resource: 'users' },
    ];
    expect(referencedIds(COLUMNS, rows, (resource) => resource !== 'users')).toEqual(
      new Map([
        ['customers', [7, 8]],
        ['orders', [42, 43]],
      ]),
    );
    expect(referencedIds(COLUMNS, rows, () => false)).toEqual(new Map());
  });
});
