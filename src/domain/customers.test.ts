import { describe, expect, it } from 'vitest';
import { creditBalanceCents, isValidEmail } from './customers';
import type { CreditNoteStatus } from './types';

describe('isValidEmail', () => {
  it.each(['claire.martin@example.fr', 'a+kaporal@mail.sub.example.com', 'X@Y.IO'])(
    'accepts %s',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
    },
  );

  it.each([
    '',
    'claire',
    'claire@',
    '@example.fr',
    'claire@example',
    'claire martin@example.fr',
    ' claire@example.fr',
    'claire@@example.fr',
    'claire@mail@example.fr',
    'claire@example..fr',
    'claire@.example.fr',
    'claire@example.fr.',
  ])('refuses "%s"', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('creditBalanceCents', () => {
  const note = (amountCents: number, used: number, status: CreditNoteStatus = 'open') => ({
    status,
    amountCents,
    usages: used ? [{ orderId: 1, amountCents: used, at: '2026-10-01T10:00:00.000Z' }] : [],
  });

  it('adds up the balances of the open notes only', () => {
    const notes = [
      note(5000, 2500),
      note(1000, 0),
      note(3000, 3000, 'exhausted'),
      note(4000, 0, 'cancelled'),
    ];
    expect(creditBalanceCents(notes)).toBe(3500);
  });

  it('is zero without notes', () => {
    expect(creditBalanceCents([])).toBe(0);
  });
});
