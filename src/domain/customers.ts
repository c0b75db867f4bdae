import { creditNoteBalance, creditNoteStatus } from './creditNotes';
import type { Cents, CreditNote } from './types';

// Pragmatic: one @, no spaces, and a domain of dot-separated non-empty labels.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

/** What the customer may still spend: the balances of their open credit notes. */
export function creditBalanceCents(
  notesOfCustomer: readonly Pick<CreditNote, 'status' | 'amountCents' | 'usages'>[],
): Cents {
  return notesOfCustomer
    .filter((note) => creditNoteStatus(note) === 'open')
    .reduce((sum, note) => sum + creditNoteBalance(note), 0);
}
