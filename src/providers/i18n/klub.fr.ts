/** Messages of the klub pages, in French: merged into `app.klub`. */
export const klubFr = {};
