/** Messages of the creditNotes pages, in French: merged into `app.credit_notes`. */
export const creditNotesFr = {
  filters: {
    has_balance: 'Avec un solde',
    issued_from: 'Émis depuis le',
    issued_until: 'Émis jusqu’au',
  },
  balance: {
    title: 'Calcul du solde',
    amount: 'Montant',
    used: 'Utilisé',
    balance: 'Solde',
  },
  ledger: {
    empty: 'Cet avoir n’a pas encore servi.',
  },
  create: {
    title: 'Émettre un avoir commercial',
    amount_help: 'En euros, par exemple 25,50 ; au plus %{max}',
  },
  validation: {
    amount_positive: 'Le montant doit être supérieur à 0 €.',
    amount_above_limit:
      'Un avoir commercial ne dépasse pas %{max} : au-delà, ce n’est plus un geste du service client.',
    reason_required: 'Indiquez le motif du geste commercial.',
  },
  cancel: {
    label: 'Annuler l’avoir',
    confirm_title: 'Annuler l’avoir %{recordRepresentation} ?',
    confirm_content:
      'Son solde ne pourra plus servir à payer une commande. L’annulation est enregistrée dans l’historique.',
    used: 'Cet avoir a déjà servi : il ne peut plus être annulé.',
  },
};
