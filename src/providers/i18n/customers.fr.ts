/** Messages of the customers pages, in French: merged into `app.customers`. */
export const customersFr = {
  tabs: {
    profile: 'Profil',
    orders: 'Commandes',
    returns: 'Retours',
    credit_notes: 'Avoirs',
    reservations: 'Réservations',
    contact_requests: 'Demandes',
    klub: 'Le Klub',
    history: 'Historique',
  },
  empty: {
    orders: 'Aucune commande.',
    returns: 'Aucun retour.',
    credit_notes: 'Aucun avoir.',
    reservations: 'Aucune réservation.',
    contact_requests: 'Aucune demande au service client.',
    klub: 'N’a jamais adhéré au Klub.',
  },
  filters: {
    klub_member: 'A adhéré au Klub',
    has_credit: 'Avec un solde d’avoir',
    created_from: 'Client depuis le (à partir du)',
    created_until: 'Client depuis le (jusqu’au)',
  },
  edit: {
    newsletter_help:
      'Le client peut se désabonner à tout moment : décochez pour enregistrer son désabonnement.',
  },
  validation: {
    email_invalid: 'Saisissez une adresse e-mail valide, par exemple claire.martin@example.fr.',
  },
};
