/** Messages of the stores pages, in French: merged into `app.stores`. */
export const storesFr = {
  contact: 'Contact',
  no_opening_hours: 'Horaires non renseignés.',
  opening_hours_help: 'Une ligne par jour ou par période : la fiche les affiche telles quelles.',
  validation: {
    postcode_invalid: 'Saisissez un code postal français à 5 chiffres, par exemple 13001.',
    email_invalid: 'Saisissez une adresse e-mail valide, par exemple boutique.lyon@kaporal.fr.',
  },
};
