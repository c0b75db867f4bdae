// Five digits, the first two a department (01 to 95, Corsica keeping 20) or overseas (97, 98).
const FRENCH_POSTCODE = /^(?:0[1-9]|[1-8]\d|9[0-578])\d{3}$/;

/** A French postcode as La Poste writes it: five digits, no space, e.g. 13001 or 06000. */
export function isValidFrenchPostcode(postcode: string): boolean {
  return FRENCH_POSTCODE.test(postcode);
}
