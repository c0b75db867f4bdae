import type { CreditNote, Payment, ReturnAuthorisation } from '../../src/domain/types';
import type { CreditLedger } from './ledger';
import { yearlyReference } from './refs';

/** Sorts records by date and numbers them from 1: the provisional id to the final one. */
function byDate<T extends { id: number }>(
  records: T[],
  dateOf: (record: T) => string,
): Map<number, number> {
  const at = new Map(records.map((record) => [record, Date.parse(dateOf(record))]));
  records.sort((a, b) => at.get(a)! - at.get(b)! || a.id - b.id);
  const ids = new Map<number, number>();
  records.forEach((record, index) => {
    ids.set(record.id, index + 1);
    record.id = index + 1;
  });
  return ids;
}

/**
 * Returns and credit notes are made in the order of the orders they belong to; they get their
 * ids (and references) in the order of their own dates, and the links to them follow (from each
 * other, and from the payments that spent notes or received refunds).
 */
export function renumber(
  returns: ReturnAuthorisation[],
  ledger: CreditLedger,
  refundedPayments: Iterable<Payment>,
): { returns: ReturnAuthorisation[]; creditNotes: CreditNote[] } {
  const creditNotes = ledger.notes;
  const returnIds = byDate(returns, (ret) => ret.requestedAt);
  const noteIds = byDate(creditNotes, (note) => note.issuedAt);
  for (const ret of returns) {
    ret.reference = yearlyReference('RET', ret.id, ret.requestedAt);
    if (ret.creditNoteId !== null) ret.creditNoteId = noteIds.get(ret.creditNoteId)!;
  }
  for (const note of creditNotes) {
    note.reference = yearlyReference('AV', note.id, note.issuedAt);
    if (note.returnId !== null) note.returnId = returnIds.get(note.returnId)!;
  }
  for (const payment of ledger.payments) {
    payment.creditNoteIds = payment.creditNoteIds.map((id) => noteIds.get(id)!);
  }
  for (const payment of refundedPayments) {
    for (const refund of payment.refunds) refund.returnId = returnIds.get(refund.returnId)!;
  }
  return { returns, creditNotes };
}
