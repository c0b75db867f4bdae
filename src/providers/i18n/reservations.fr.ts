/** Messages of the reservations pages, in French: merged into `app.reservations`. */
export const reservationsFr = {
  tabs: {
    label: 'Étapes de la réservation',
    to_confirm: 'À confirmer',
    to_collect: 'À retirer',
    closed: 'Clôturées',
  },
  filters: {
    confirmed_from: 'Confirmée à partir du',
    confirmed_until: 'Confirmée jusqu’au',
  },
  clock: {
    column: 'Délai',
    confirmBy: {
      left: 'Reste %{duration}',
      late: '%{duration} de retard',
    },
    holdUntil: {
      left: 'Gardée encore %{duration}',
      late: 'Garde terminée depuis %{duration}',
    },
    days_hours: '%{days} j %{hours} h',
    hours_minutes: '%{hours} h %{minutes} min',
    minutes: '%{minutes} min',
  },
  item: {
    column: 'Article',
    variant:
      'Taille %{size} · %{colour} |||| Taille %{size} · %{colour} · %{smart_count} exemplaires',
  },
  sections: {
    promise: 'Confirmation sous 2 heures',
    hold: 'Mise de côté 2 jours',
  },
  promise: {
    confirm_by: 'À confirmer avant le %{date}',
    kept: 'Confirmée le %{date} : délai de 2 heures tenu.',
    missed: 'Confirmée le %{date} : délai de 2 heures dépassé.',
  },
  hold: {
    until: 'Gardée en boutique jusqu’au %{date}',
    ended: 'La garde a pris fin le %{date} : la réservation ne peut plus être retirée.',
    collected: 'Retirée le %{date}',
    expired: 'Non retirée avant la fin de la garde : la réservation a expiré.',
    expired_by: 'Passée au statut « Expirée » le %{date} par %{who}, sans action de l’équipe.',
    cancelled: 'Annulée pendant la garde.',
  },
  actions: {
    confirm_title: 'Confirmer la réservation %{reference} ?',
    confirm_content:
      'L’article sera gardé en boutique jusqu’au %{date}. Prévenez le client (%{channel}).',
  },
  store: {
    title: 'Réservations de la boutique',
  },
  product: {
    held: 'Mis de côté en boutique',
    reservations: 'Réservations',
    units: 'Articles',
    none: 'Aucun article mis de côté en ce moment.',
    not_reservable: 'Ce produit n’est pas publié : il ne peut pas être réservé.',
  },
};
