import type { ordersFr } from './orders.fr';

/** Messages of the orders pages, in English: merged into `app.orders`. */
export const ordersEn: typeof ordersFr = {};
