import {
  applyCreditNotes,
  creditNoteBalance,
  creditNoteStatus,
} from '../../src/domain/creditNotes';
import type { CreditNote, CreditNoteOrigin, Id, Payment } from '../../src/domain/types';
import { DAY, iso } from './clock';
import { registeredBy, type Population } from './customers';
import type { Rng } from './rng';

export const GOODWILL_REASONS = [
  'Geste commercial : colis livré en retard',
  'Geste commercial : article manquant dans le colis',
  'Frais de port remboursés : colis arrivé endommagé',
  'Geste commercial après une réclamation au service client',
  "Erreur de taille sur l'étiquette d'un article",
  'Compensation : retour égaré par le transporteur',
];

const GOODWILL_AMOUNTS = [1000, 1500, 2000, 2500, 3000, 5000];

export interface NoteFields {
  customerId: Id;
  origin: CreditNoteOrigin;
  returnId: Id | null;
  reason: string | null;
  amountCents: number;
  issuedAt: number;
  cancelled?: boolean;
}

/**
 * Credit notes ("avoirs") as they are issued and spent, in time order. Ids are provisional until
 * `notes` are renumbered by issue date at the end.
 */
export class CreditLedger {
  readonly notes: CreditNote[] = [];
  /** Payments that spent notes: their creditNoteIds follow the renumbering. */
  readonly payments: Payment[] = [];
  private readonly byCustomer = new Map<Id, CreditNote[]>();

  issue(fields: NoteFields): CreditNote {
    const note: CreditNote = {
      id: this.notes.length + 1,
      reference: '',
      customerId: fields.customerId,
      origin: fields.origin,
      returnId: fields.returnId,
      reason: fields.reason,
      issuedAt: iso(fields.issuedAt),
      amountCents: fields.amountCents,
      balanceCents: fields.amountCents,
      status: fields.cancelled ? 'cancelled' : 'open',
      usages: [],
      version: 1,
    };
    this.notes.push(note);
    const ofCustomer = this.byCustomer.get(note.customerId);
    if (ofCustomer) ofCustomer.push(note);
    else this.byCustomer.set(note.customerId, [note]);
    return note;
  }

  /** The customer's open notes issued before `at`, oldest first. */
  openNotes(customerId: Id, at: number): CreditNote[] {
    const notes = this.byCustomer.get(customerId) ?? [];
    return notes
      .filter((note) => note.status === 'open' && Date.parse(note.issuedAt) < at)
      .sort((a, b) => Date.parse(a.issuedAt) - Date.parse(b.issuedAt));
  }

  /** Each note pays min(balance, still due); what it keeps stays on the customer's account. */
  spend(notes: CreditNote[], dueCents: number, orderId: Id, at: string) {
    const applied = applyCreditNotes(notes, dueCents, orderId, at);
    for (const { creditNoteId, usage } of applied.usages) {
      const note = this.notes[creditNoteId - 1];
      note.usages.push(usage);
      note.balanceCents = creditNoteBalance(note);
      note.status = creditNoteStatus(note);
    }
    return {
      creditNoteIds: applied.usages.map(({ creditNoteId }) => creditNoteId),
      appliedCents: applied.appliedCents,
    };
  }

  notesOf(customerId: Id): CreditNote[] {
    return this.byCustomer.get(customerId) ?? [];
  }
}

/**
 * Goodwill notes spread over the period for customers who had an account, one in eight cancelled
 * before use. The customers set aside for steered cases get none.
 */
export function issueGoodwill(
  rng: Rng,
  ledger: CreditLedger,
  population: Population,
  setAside: ReadonlySet<number>,
  count: number,
  from: number,
  now: number,
): void {
  for (let i = 0; i < count; i++) {
    const issuedAt = from + Math.floor(rng.next() * (now - DAY - from));
    const registered = registeredBy(population, issuedAt);
    let index = rng.int(0, registered - 1);
    while (setAside.has(index)) index = rng.int(0, registered - 1);
    ledger.issue({
      customerId: population.customers[index].id,
      origin: 'goodwill',
      returnId: null,
      reason: rng.pick(GOODWILL_REASONS),
      amountCents: rng.pick(GOODWILL_AMOUNTS),
      issuedAt,
      cancelled: rng.chance(0.12),
    });
  }
}
