/** Messages of the orders pages, in French: merged into `app.orders`. */
export const ordersFr = {};
