/** Messages of the returns pages, in French: merged into `app.returns`. */
export const returnsFr = {};
