import type { reservationsFr } from './reservations.fr';

/** Messages of the reservations pages, in English: merged into `app.reservations`. */
export const reservationsEn: typeof reservationsFr = {};
