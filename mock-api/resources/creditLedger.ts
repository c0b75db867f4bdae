import {
  applyCreditNotes,
  creditNoteBalance,
  creditNoteStatus,
} from '../../src/domain/creditNotes';
import type { Cents, CreditNote, Id, Order } from '../../src/domain/types';
import type { Tx } from '../core/tx';
import { newReference } from './common';
import { refreshCustomer } from './customers';

/** A note with its balance and status recomputed from its amount and usages. */
export function settled(note: CreditNote): CreditNote {
  const balanceCents = creditNoteBalance(note);
  return { ...note, balanceCents, status: creditNoteStatus(note) };
}

export function issueCreditNote(
  tx: Tx,
  fields: Pick<CreditNote, 'customerId' | 'origin' | 'returnId' | 'reason' | 'amountCents'>,
): CreditNote {
  const id = tx.newId('credit-notes');
  const note = tx.insert('credit-notes', {
    ...fields,
    id,
    reference: newReference(tx, 'credit-notes', 'AV', id),
    issuedAt: tx.ctx.now,
    balanceCents: fields.amountCents,
    status: 'open',
    usages: [],
    version: 1,
  });
  refreshCustomer(tx, fields.customerId);
  return note;
}

/**
 * Pays part of an order with the customer's chosen notes; their remaining balance stays open.
 * Answers the amount applied and the notes that actually paid something.
 */
export function spendCreditNotes(tx: Tx, notes: CreditNote[], dueCents: Cents, orderId: Id) {
  const applied = applyCreditNotes(notes, dueCents, orderId, tx.ctx.now);
  for (const { creditNoteId, usage } of applied.usages) {
    const note = tx.get('credit-notes', creditNoteId)!;
    tx.update('credit-notes', settled({ ...note, usages: [...note.usages, usage] }));
  }
  return {
    appliedCents: applied.appliedCents,
    noteIds: applied.usages.map((u) => u.creditNoteId),
  };
}

/** Gives back what an order that will never be paid took from its credit notes. */
export function releaseCreditNotes(tx: Tx, order: Order): void {
  for (const noteId of order.payment.creditNoteIds) {
    const note = tx.get('credit-notes', noteId);
    if (!note || !note.usages.some((u) => u.orderId === order.id)) continue;
    const usages = note.usages.filter((u) => u.orderId !== order.id);
    tx.update('credit-notes', settled({ ...note, usages, status: 'open' }));
  }
  refreshCustomer(tx, order.customerId);
}
