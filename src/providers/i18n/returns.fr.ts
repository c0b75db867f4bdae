import { returnPrintFr } from '../../returns/print/messages.fr';

/** Messages of the returns pages, in French: merged into `app.returns`. */
export const returnsFr = {
  print: returnPrintFr,
  tabs: {
    label: 'Étapes du retour',
    to_receive: 'À réceptionner',
    to_refund: 'À rembourser',
    closed: 'Clôturés',
  },
  clock: {
    days_left: 'Reste %{smart_count} jour |||| Reste %{smart_count} jours',
    due_today: 'À rembourser aujourd’hui',
    overdue_today: 'Échéance dépassée aujourd’hui',
    days_late: '%{smart_count} jour de retard |||| %{smart_count} jours de retard',
    column: 'Délai',
  },
  sections: {
    eligibility: 'Recevabilité',
    shipping: 'Frais de retour',
    refund: 'Remboursement',
    lines: 'Articles retournés',
  },
  eligibility: {
    delivered_on: 'Commande livrée le %{date}',
    window_closes_on: 'Retours acceptés jusqu’au %{date} inclus (14 jours)',
    requested_after:
      'Retour demandé %{smart_count} jour après la livraison |||| Retour demandé %{smart_count} jours après la livraison',
    not_delivered: 'La commande %{order} n’a pas été livrée : elle ne peut pas être retournée.',
    window_closed:
      'La commande %{order} a été livrée il y a %{days} jours, au-delà des 14 jours : le délai de retour est dépassé.',
    nothing_left: 'Tous les articles de la commande %{order} sont déjà dans un autre retour.',
    eligible:
      'Livrée il y a %{smart_count} jour : retour possible jusqu’au %{date} inclus. |||| Livrée il y a %{smart_count} jours : retour possible jusqu’au %{date} inclus.',
  },
  shipping: {
    free: 'Retour offert : le client était membre actif du Klub à la création du retour.',
    paid: '%{fee} déduits du remboursement : le client n’était pas membre actif du Klub à la création du retour.',
    free_now: 'Retour offert : le client est membre actif du Klub.',
    paid_now: '%{fee} déduits du remboursement : le client n’est pas membre actif du Klub.',
  },
  refund: {
    accepted: 'Articles acceptés (revendables)',
    fee: 'Frais de retour',
    amount: 'À rendre au client',
    to_payment: 'Sur le moyen de paiement (%{method})',
    to_credit_note: 'En avoir (part payée par avoir)',
    as_credit_note: 'En avoir, au choix du client',
    pending: 'Le montant sera connu à la réception, quand chaque article aura été inspecté.',
    due_by: 'À rembourser au plus tard le %{date}',
    done_on: 'Remboursé le %{date}',
    rejected: 'Aucun article revendable : rien n’est remboursé.',
  },
  actions: {
    refund: 'Rembourser %{amount}',
    credit: 'Émettre un avoir de %{amount}',
    confirm_refund: 'Rembourser %{amount} au client ?',
    confirm_credit: 'Émettre un avoir de %{amount} ?',
    confirm_content:
      'L’opération est exécutée une seule fois, même en cas de double clic ou depuis deux onglets.',
    print: 'Imprimer l’accord',
    receive: 'Réceptionner',
  },
  create: {
    order: 'Référence de la commande',
    order_help: 'Par exemple CMD-26-000123, puis Entrée',
    find: 'Chercher',
    unknown_order: 'Aucune commande ne porte la référence « %{reference} ».',
    lines: 'Articles à retourner',
    remaining: 'Reste à retourner : %{count}',
    quantity: 'Quantité',
    reason: 'Motif',
    no_line: 'Choisissez au moins un article à retourner.',
    over_remaining: 'Au plus %{count}',
  },
  reception: {
    title: 'Réception des colis',
    menu: 'Réception',
    open: 'Ouvrir l’écran de réception',
    scan_label: 'Référence du retour',
    scan_help: 'Scannez ou saisissez la référence imprimée sur le bon de retour, puis Entrée.',
    unknown: 'Aucun retour ne porte la référence « %{reference} ». Rien n’a été modifié.',
    already_received:
      'Le retour %{reference} a déjà été réceptionné le %{date}. Rien n’a été modifié.',
    cancelled: 'Le retour %{reference} a été annulé : il ne peut pas être réceptionné.',
    inspect: 'Inspectez chaque article',
    keys: 'Touches : 1 revendable, 2 porté, 3 abîmé, 4 sans étiquette ; Tab pour passer à l’article suivant.',
    condition_of: 'État de %{name}',
    missing: 'Indiquez l’état de chaque article (encore %{smart_count}).',
    confirm: 'Valider la réception',
    received: 'Retour %{reference} réceptionné : %{amount} à rembourser au plus tard le %{date}.',
    rejected: 'Retour %{reference} refusé : aucun article revendable.',
    next: 'Colis suivant : scannez sa référence.',
  },
};
