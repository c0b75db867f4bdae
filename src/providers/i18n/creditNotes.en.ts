/** Messages of the creditNotes pages, in English: merged into `app.credit_notes`. */
export const creditNotesEn = {};
