/** Messages of the products pages, in French: merged into `app.products`. */
export const productsFr = {};
