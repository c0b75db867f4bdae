/** Messages of choosing a customer or an order in a form, in French: merged into `app.pickers`. */
export const pickersFr = {
  customer: {
    help: 'Nom, e-mail, téléphone ou n° client',
    last_order: 'dernière commande le %{date}',
    no_order: 'aucune commande',
  },
  order: {
    owner: 'Client de la commande',
    placed: 'Commande %{reference} passée le %{date} : %{status}',
    of_customer: 'Commande du client',
    of_customer_help: 'Ou choisissez le client, puis l’une de ses commandes livrées.',
    delivered_on: '%{reference}, livrée le %{date}',
    not_delivered: '%{reference} : %{status}',
  },
  create_return: {
    label: 'Créer un retour',
    column: 'Retour',
    not_delivered: 'Commande non livrée (%{status}) : rien à retourner',
    window_closed: 'Livrée il y a %{days} jours, plus de 14 jours : délai de retour dépassé',
    nothing_left: 'Tous les articles sont déjà dans un retour',
  },
};
