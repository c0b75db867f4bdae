/** Messages of the home pages, in French: merged into `app.home`. */
export const homeFr = {
  title: 'Accueil',
  see_all: 'Voir tout',
  to_handle: '%{count} à traiter',
  nothing: 'Rien à traiter pour le moment.',
  warehouse: {
    title: 'Réception des retours',
    awaiting: 'Retours attendus, les plus anciens d’abord',
  },
  support: {
    title: 'Service client',
    to_answer: 'Demandes clients à traiter',
    overdue_requests: '%{count} en retard de réponse',
    customer: 'Client',
    time_to_reply: 'Délai de réponse',
    overdue_refunds: 'Remboursements en retard',
    to_confirm: 'Réservations à confirmer',
    delay: 'Retard',
    time_to_confirm: 'Délai de confirmation',
  },
  merchandiser: {
    title: 'Santé du catalogue',
    out_of_stock: 'Produits publiés en rupture',
    not_publishable: 'Brouillons non publiables',
    blockers: 'Ce qui manque',
    blocker: {
      no_image: 'Aucune image',
      no_variant: 'Aucune variante',
    },
  },
};
