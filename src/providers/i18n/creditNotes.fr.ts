/** Messages of the creditNotes pages, in French: merged into `app.credit_notes`. */
export const creditNotesFr = {};
