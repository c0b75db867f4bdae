import type { storesFr } from './stores.fr';

/** Messages of the stores pages, in English: merged into `app.stores`. */
export const storesEn: typeof storesFr = {};
