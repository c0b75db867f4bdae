/** Messages of the reservations pages, in French: merged into `app.reservations`. */
export const reservationsFr = {};
