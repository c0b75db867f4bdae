import type { customersFr } from './customers.fr';

/** Messages of the customers pages, in English: merged into `app.customers`. */
export const customersEn: typeof customersFr = {};
