import { describe, expect, it } from 'vitest';
import {
  GOODWILL_MAX_CENTS,
  goodwillAmountProblem,
  applyCreditNotes,
  canCancelCreditNote,
  creditNoteBalance,
  creditNoteStatus,
} from './creditNotes';
import type { CreditNote, CreditNoteStatus } from './types';

type NoteFields = Pick<CreditNote, 'id' | 'status' | 'amountCents' | 'usages'>;

const note = (
  id: number,
  amountCents: number,
  used: number[] = [],
  status: CreditNoteStatus = 'open',
): NoteFields => ({
  id,
  status,
  amountCents,
  usages: used.map((amount, i) => ({
    orderId: 100 + i,
    amountCents: amount,
    at: '2026-10-01T10:00:00.000Z',
  })),
});

describe('creditNoteBalance', () => {
  it('is the amount minus what was used', () => {
    expect(creditNoteBalance(note(1, 5000))).toBe(5000);
    expect(creditNoteBalance(note(1, 5000, [1500, 1000]))).toBe(2500);
    expect(creditNoteBalance(note(1, 5000, [5000]))).toBe(0);
  });
});

describe('creditNoteStatus', () => {
  it('is open while some balance is left', () => {
    expect(creditNoteStatus(note(1, 5000, [4999]))).toBe('open');
  });

  it('is exhausted when the balance reaches zero', () => {
    expect(creditNoteStatus(note(1, 5000, [2000, 3000]))).toBe('exhausted');
  });

  it('stays cancelled', () => {
    expect(creditNoteStatus(note(1, 5000, [], 'cancelled'))).toBe('cancelled');
  });
});

describe('applyCreditNotes', () => {
  const ORDER_ID = 42;
  const AT = '2026-11-25T10:00:00.000Z';

  it('uses the notes in the given order, each paying at most its balance', () => {
    const notes = [note(1, 3000), note(2, 4000), note(3, 1000)];
    expect(applyCreditNotes(notes, 5000, ORDER_ID, AT)).toEqual({
      usages: [
        { creditNoteId: 1, usage: { orderId: ORDER_ID, amountCents: 3000, at: AT } },
        { creditNoteId: 2, usage: { orderId: ORDER_ID, amountCents: 2000, at: AT } },
      ],
      appliedCents: 5000,
      remainingDueCents: 0,
    });
  });

  it('takes from the first note given first', () => {
    const result = applyCreditNotes([note(3, 1000), note(1, 3000)], 2000, ORDER_ID, AT);
    expect(result.usages.map((u) => [u.creditNoteId, u.usage.amountCents])).toEqual([
      [3, 1000],
      [1, 1000],
    ]);
  });

  it('uses what is left of a partly used note', () => {
    const result = applyCreditNotes([note(1, 5000, [4000])], 3000, ORDER_ID, AT);
    expect(result.usages[0].usage.amountCents).toBe(1000);
    expect(result.remainingDueCents).toBe(2000);
  });

  it('leaves the rest due when the notes do not cover the order', () => {
    expect(applyCreditNotes([note(1, 3000)], 8000, ORDER_ID, AT)).toMatchObject({
      appliedCents: 3000,
      remainingDueCents: 5000,
    });
  });

  it('ignores cancelled and exhausted notes', () => {
    const notes = [note(1, 5000, [], 'cancelled'), note(2, 3000, [3000]), note(3, 1000)];
    expect(applyCreditNotes(notes, 5000, ORDER_ID, AT)).toEqual({
      usages: [{ creditNoteId: 3, usage: { orderId: ORDER_ID, amountCents: 1000, at: AT } }],
      appliedCents: 1000,
      remainingDueCents: 4000,
    });
  });

  it('uses nothing when nothing is due', () => {
    expect(applyCreditNotes([note(1, 3000)], 0, ORDER_ID, AT)).toEqual({
      usages: [],
      appliedCents: 0,
      remainingDueCents: 0,
    });
  });
});

describe('canCancelCreditNote', () => {
  it('lets an unused open note be cancelled', () => {
    expect(canCancelCreditNote(note(1, 5000))).toBe(true);
  });

  it('never cancels a used note, nor one already cancelled', () => {
    expect(canCancelCreditNote(note(1, 5000, [100]))).toBe(false);
    expect(canCancelCreditNote(note(1, 5000, [5000], 'exhausted'))).toBe(false);
    expect(canCancelCreditNote(note(1, 5000, [], 'cancelled'))).toBe(false);
  });
});

describe('goodwillAmountProblem', () => {
  it('allows from 1 cent up to 500 € included', () => {
    expect(goodwillAmountProblem(1)).toBeNull();
    expect(goodwillAmountProblem(GOODWILL_MAX_CENTS)).toBeNull();
    expect(GOODWILL_MAX_CENTS).toBe(50_000);
  });

  it('refuses nothing or less, and a cent above 500 €', () => {
    expect(goodwillAmountProblem(0)).toBe('notPositive');
    expect(goodwillAmountProblem(-100)).toBe('notPositive');
    expect(goodwillAmountProblem(GOODWILL_MAX_CENTS + 1)).toBe('aboveLimit');
  });
});
