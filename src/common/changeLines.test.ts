import { describe, expect, it } from 'vitest';
import { changeLines, changeValue } from './changeLines';

describe('changeLines', () => {
  it('types each value for reading: euros, Paris dates, names, references, enums', () => {
    expect(changeValue('returns', 'refundAmountCents', 10900)).toEqual({
      kind: 'money',
      cents: 10900,
    });
    expect(changeValue('returns', 'receivedAt', '2026-11-20T09:30:00.000Z')).toEqual({
      kind: 'dateTime',
      iso: '2026-11-20T09:30:00.000Z',
    });
    expect(changeValue('customers', 'birthDate', '1990-04-02')).toEqual({
      kind: 'date',
      date: '1990-04-02',
    });
    expect(changeValue('returns', 'receivedBy', 4)).toEqual({ kind: 'staff', id: 4 });
    expect(changeValue('returns', 'creditNoteId', 12)).toEqual({
      kind: 'reference',
      resource: 'credit-notes',
      id: 12,
    });
    expect(changeValue('returns', 'status', 'received')).toEqual({
      kind: 'enum',
      enumName: 'returnStatus',
      value: 'received',
    });
    expect(changeValue('orders', 'payment.status', 'captured')).toEqual({
      kind: 'enum',
      enumName: 'paymentStatus',
      value: 'captured',
    });
    expect(changeValue('orders', 'salesPeriod', true)).toEqual({ kind: 'boolean', value: true });
    expect(changeValue('products', 'images', ['a.jpg', 'b.jpg'])).toEqual({
      kind: 'count',
      count: 2,
    });
    expect(changeValue('returns', 'notes', null)).toEqual({ kind: 'empty' });
  });

  it('reads a nested object by the fields that changed in it, never as JSON', () => {
    const before = { mode: 'home', carrier: 'Colissimo', trackingNumber: null };
    const after = { mode: 'home', carrier: 'Colissimo', trackingNumber: '6A00000000042' };
    expect(changeLines('orders', { delivery: [before, after] })).toEqual([
      {
        field: 'delivery.trackingNumber',
        before: { kind: 'empty' },
        after: { kind: 'text', text: '6A00000000042' },
      },
    ]);
  });

  it('reads the lines of a return by article: the condition recorded for each', () => {
    const line = { sku: 'KAP-1-W32', name: 'Jean slim', size: 'W32', colour: 'Brut', quantity: 1 };
    const other = { ...line, sku: 'KAP-2-M', name: 'Tee-shirt', size: 'M' };
    const changes = {
      lines: [
        [
          { ...line, condition: null },
          { ...other, condition: null },
        ],
        [
          { ...line, condition: 'resalable' },
          { ...other, condition: 'worn' },
        ],
      ] as [unknown, unknown],
    };
    expect(changeLines('returns', changes)).toEqual([
      {
        field: 'lines.condition',
        item: 'Jean slim · W32 · Brut',
        before: { kind: 'empty' },
        after: { kind: 'enum', enumName: 'itemCondition', value: 'resalable' },
      },
      {
        field: 'lines.condition',
        item: 'Tee-shirt · M · Brut',
        before: { kind: 'empty' },
        after: { kind: 'enum', enumName: 'itemCondition', value: 'worn' },
      },
    ]);
  });

  it('leaves out the fields shown elsewhere, and those that did not change', () => {
    const changes = {
      status: ['authorised', 'received'] as [unknown, unknown],
      notes: ['x', 'x'] as [unknown, unknown],
      refundAmountCents: [null, 500] as [unknown, unknown],
    };
    expect(changeLines('returns', changes, ['status'])).toEqual([
      {
        field: 'refundAmountCents',
        before: { kind: 'empty' },
        after: { kind: 'money', cents: 500 },
      },
    ]);
  });
});
