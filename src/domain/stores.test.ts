import { describe, expect, it } from 'vitest';
import { isValidFrenchPostcode } from './stores';

describe('isValidFrenchPostcode', () => {
  it.each(['13001', '75001', '06000', '01000', '20000', '95880', '97400', '98000'])(
    'accepts %s',
    (postcode) => {
      expect(isValidFrenchPostcode(postcode)).toBe(true);
    },
  );

  it.each([
    '',
    '1300',
    '130011',
    '13 001',
    ' 13001',
    '13001 ',
    '2A000',
    'F-13001',
    '00100',
    '96000',
    '99000',
    '１３００１',
  ])('refuses "%s"', (postcode) => {
    expect(isValidFrenchPostcode(postcode)).toBe(false);
  });
});
