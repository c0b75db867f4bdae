import type { creditNotesFr } from './creditNotes.fr';

/** Messages of the creditNotes pages, in English: merged into `app.credit_notes`. */
export const creditNotesEn: typeof creditNotesFr = {
  filters: {
    has_balance: 'With a balance',
    issued_from: 'Issued from',
    issued_until: 'Issued until',
  },
  balance: {
    title: 'How the balance is reached',
    amount: 'Amount',
    used: 'Used',
    balance: 'Balance',
  },
  ledger: {
    empty: 'This credit note has not been used yet.',
  },
  create: {
    title: 'Issue a goodwill credit note',
    amount_help: 'In euros, for example 25.50; at most %{max}',
  },
  validation: {
    amount_positive: 'The amount must be more than €0.',
    amount_above_limit:
      'A goodwill credit note is at most %{max}: beyond that it is no longer a customer-service gesture.',
    reason_required: 'Give the reason for the goodwill gesture.',
  },
  cancel: {
    label: 'Cancel the credit note',
    confirm_title: 'Cancel credit note %{recordRepresentation}?',
    confirm_content:
      'Its balance will no longer pay for any order. The cancellation is recorded in the history.',
    used: 'This credit note has been used: it can no longer be cancelled.',
  },
};
