/** Messages of the stores pages, in French: merged into `app.stores`. */
export const storesFr = {};
