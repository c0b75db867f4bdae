import type { Cents, CreditNote, CreditNoteStatus, CreditNoteUsage, Id, Timestamp } from './types';

type Balanced = Pick<CreditNote, 'amountCents' | 'usages'>;

export function creditNoteBalance(note: Balanced): Cents {
  return note.amountCents - note.usages.reduce((sum, usage) => sum + usage.amountCents, 0);
}

export function creditNoteStatus(note: Balanced & Pick<CreditNote, 'status'>): CreditNoteStatus {
  if (note.status === 'cancelled') return 'cancelled';
  return creditNoteBalance(note) <= 0 ? 'exhausted' : 'open';
}

export interface CreditNotesApplied {
  usages: { creditNoteId: Id; usage: CreditNoteUsage }[];
  appliedCents: Cents;
  remainingDueCents: Cents;
}

/**
 * Pays an order with the open notes, in the order given: each pays min(balance, still due) and
 * the rest of its balance stays on the customer's account.
 */
export function applyCreditNotes(
  notes: readonly Pick<CreditNote, 'id' | 'status' | 'amountCents' | 'usages'>[],
  amountDueCents: Cents,
  orderId: Id,
  at: Timestamp,
): CreditNotesApplied {
  const usages: CreditNotesApplied['usages'] = [];
  let remainingDueCents = amountDueCents;
  for (const note of notes) {
    if (remainingDueCents <= 0) break;
    if (creditNoteStatus(note) !== 'open') continue;
    const amountCents = Math.min(creditNoteBalance(note), remainingDueCents);
    usages.push({ creditNoteId: note.id, usage: { orderId, amountCents, at } });
    remainingDueCents -= amountCents;
  }
  return { usages, appliedCents: amountDueCents - remainingDueCents, remainingDueCents };
}

/** An unused note may be cancelled, a used one never. */
export function canCancelCreditNote(note: Pick<CreditNote, 'status' | 'usages'>): boolean {
  return note.status === 'open' && note.usages.length === 0;
}

/** The most a goodwill note may be: above it, the gesture is no longer a customer-service one. */
export const GOODWILL_MAX_CENTS = 50_000;

export type GoodwillAmountProblem = 'notPositive' | 'aboveLimit';

/** Why a goodwill amount is refused, or null when it is allowed (more than 0, at most the limit). */
export function goodwillAmountProblem(amountCents: Cents): GoodwillAmountProblem | null {
  if (amountCents <= 0) return 'notPositive';
  return amountCents > GOODWILL_MAX_CENTS ? 'aboveLimit' : null;
}
