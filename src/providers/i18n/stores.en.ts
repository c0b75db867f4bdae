import type { storesFr } from './stores.fr';

/** Messages of the stores pages, in English: merged into `app.stores`. */
export const storesEn: typeof storesFr = {
  contact: 'Contact',
  no_opening_hours: 'Opening hours not given.',
  opening_hours_help: 'One line per day or period: the store page shows them as typed.',
  validation: {
    postcode_invalid: 'Enter a French postcode of 5 digits, e.g. 13001.',
    email_invalid: 'Enter a valid email address, e.g. boutique.lyon@kaporal.fr.',
  },
};
