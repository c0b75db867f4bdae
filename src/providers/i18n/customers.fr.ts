/** Messages of the customers pages, in French: merged into `app.customers`. */
export const customersFr = {};
