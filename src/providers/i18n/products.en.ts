import type { productsFr } from './products.fr';

/** Messages of the products pages, in English: merged into `app.products`. */
export const productsEn: typeof productsFr = {};
