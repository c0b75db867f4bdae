import { describe, expect, it } from 'vitest';
import { toFormErrors, toReturnRequest } from './returnRequest';

const values = {
  orderId: 12,
  resolution: 'refund' as const,
  lines: [
    { sku: 'JEAN-32-BRUT', quantity: 0, reason: '' as const },
    { sku: 'TSHIRT-M-NOIR', quantity: 2, reason: 'size_too_large' as const },
    { sku: 'VESTE-L-BLEU', quantity: null, reason: '' as const },
    { sku: 'SWEAT-S-GRIS', quantity: 1, reason: 'defective' as const },
  ],
};

describe('toReturnRequest', () => {
  it('sends only the rows with a quantity, and remembers their rows', () => {
    expect(toReturnRequest(values)).toEqual({
      request: {
        orderId: 12,
        resolution: 'refund',
        notes: '',
        lines: [
          { sku: 'TSHIRT-M-NOIR', quantity: 2, reason: 'size_too_large' },
          { sku: 'SWEAT-S-GRIS', quantity: 1, reason: 'defective' },
        ],
      },
      formIndexOf: [1, 3],
    });
  });
});

describe('toFormErrors', () => {
  it('puts the error of the second line sent on the fourth row of the form', () => {
    expect(
      toFormErrors({ 'lines.1.quantity': 'Au plus 0', orderId: 'Délai dépassé' }, [1, 3]),
    ).toEqual({ 'lines.3.quantity': 'Au plus 0', orderId: 'Délai dépassé' });
  });
});
