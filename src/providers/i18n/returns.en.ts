/** Messages of the returns pages, in English: merged into `app.returns`. */
export const returnsEn = {};
