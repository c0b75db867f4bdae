import type { klubFr } from './klub.fr';

/** Messages of the klub pages, in English: merged into `app.klub`. */
export const klubEn: typeof klubFr = {};
