import {
  canCancelCreditNote,
  GOODWILL_MAX_CENTS,
  goodwillAmountProblem,
} from '../../src/domain/creditNotes';
import { formatEuros } from '../../src/domain/money';
import { mayChangeCreditNote } from '../../src/domain/permissions';
import type { CreditNote } from '../../src/domain/types';
import { ApiError, assertNoFieldErrors, conflict, refused } from '../core/errors';
import type { ResourceDef } from '../core/resource';
import type { Tx } from '../core/tx';
import { Checker } from '../core/validate';
import { existing, holders } from './common';
import { issueCreditNote } from './creditLedger';
import { refreshCustomer } from './customers';

/** A manager writes goodwill notes only; notes born of a return belong to the return. */
function guardOrigin(note: Pick<CreditNote, 'origin'>, tx: Tx): void {
  if (tx.ctx.role !== 'system' && !mayChangeCreditNote(tx.ctx.role, note)) {
    throw new ApiError(403, 'goodwillOnly');
  }
}

export const creditNotes: ResourceDef<'credit-notes'> = {
  filters: {
    id: 'id',
    reference: 'string',
    customerId: 'id',
    origin: 'enum',
    returnId: 'id',
    status: 'enum',
    issuedAt: 'date',
    amountCents: 'number',
    balanceCents: 'number',
  },
  searchText: (note, tx) => {
    const customer = tx.get('customers', note.customerId);
    return [
      note.reference,
      customer?.firstName ?? '',
      customer?.lastName ?? '',
      customer?.email ?? '',
    ];
  },
  writable: ['status', 'reason'],
  nullable: ['reason'],
  create(body, tx) {
    if (body.origin !== undefined && body.origin !== 'goodwill')
      throw refused('returnNotesFromReturns');
    const customer = existing(tx, 'customers', body.customerId, 'customerId');
    const c = new Checker(body);
    const amountCents = c.integer('amountCents') ?? 0;
    const reason = c.string('reason', { max: 500 }) ?? '';
    c.done();
    const problem = goodwillAmountProblem(amountCents);
    if (problem === 'notPositive') assertNoFieldErrors({ amountCents: { key: 'amountPositive' } });
    if (problem === 'aboveLimit') {
      const max = formatEuros(GOODWILL_MAX_CENTS, tx.ctx.lang === 'en' ? 'en-GB' : 'fr-FR');
      assertNoFieldErrors({ amountCents: { key: 'goodwillTooLarge', params: { max } } });
    }
    return issueCreditNote(tx, {
      customerId: customer.id,
      origin: 'goodwill',
      returnId: null,
      reason,
      amountCents,
    });
  },
  update(note, patch, tx) {
    guardOrigin(note, tx);
    const c = new Checker({ ...note, ...patch });
    const reason = c.nullableString('reason') ?? null;
    c.done();
    if ('status' in patch) {
      if (patch.status !== 'cancelled') throw refused('creditNoteStatusDerived');
      if (!canCancelCreditNote(note))
        throw conflict('creditNoteUsed', { reference: note.reference });
    }
    const next = tx.update('credit-notes', {
      ...note,
      reason,
      status: (patch.status as 'cancelled') ?? note.status,
    });
    refreshCustomer(tx, note.customerId);
    return next;
  },
  referencedBy: (note, tx) => {
    // A note pays its own customer's orders: their payments name it, used or released.
    const paid = tx
      .where('orders', 'customerId', note.customerId)
      .filter((order) => order.payment.creditNoteIds.includes(note.id)).length;
    return [
      ...holders(tx, [['returns', 'creditNoteId', note.id]]),
      ...(paid ? [{ what: 'orders' as const, count: paid }] : []),
    ];
  },
};
