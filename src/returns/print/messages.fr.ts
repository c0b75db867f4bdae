/** Messages of the printable return authorisation, in French: merged into `app.returns.print`. */
export const returnPrintFr = {
  brand: 'Kaporal',
  title: 'Accord de retour',
  print: 'Imprimer',
  back: 'Retour à la fiche du retour',
  unknown: 'Aucun retour ne porte l’identifiant « %{id} ».',
  barcode: 'Code-barres du retour %{reference}',
  order: 'Commande',
  ordered_on: 'Date de commande',
  customer: 'Client',
  address: 'Adresse',
  resolution: 'Solution choisie',
  fee: 'Frais de retour',
  fee_free: 'offert (membre du Klub)',
  lines: 'Articles retournés',
  line: {
    name: 'Article',
    sku: 'SKU',
    quantity: 'Quantité',
    reason: 'Motif',
  },
  send_to: {
    title: 'Où envoyer votre colis',
    accepted:
      'Sont acceptés les articles neufs, non portés, avec leurs étiquettes et en parfait état de revente.',
  },
  packing: {
    title: 'Préparer votre colis',
    check:
      'Vérifiez que chaque article est neuf, non porté, étiqueté et en parfait état de revente.',
    enclose: 'Joignez cet accord de retour imprimé aux articles.',
    pack: 'Placez le tout dans un sac ou une boîte adaptés au transport.',
    refund:
      'Le remboursement ou l’avoir intervient dans les 14 jours suivant la réception du colis dans nos entrepôts.',
  },
};
