import { describe, expect, it } from 'vitest';
import { isActiveKlubMember } from './klub';

describe('isActiveKlubMember', () => {
  it('is true for an active member or ambassador', () => {
    expect(isActiveKlubMember({ status: 'active' })).toBe(true);
  });

  it('is false for a suspended or former member, and for a customer outside the Klub', () => {
    expect(isActiveKlubMember({ status: 'suspended' })).toBe(false);
    expect(isActiveKlubMember({ status: 'left' })).toBe(false);
    expect(isActiveKlubMember(null)).toBe(false);
    expect(isActiveKlubMember(undefined)).toBe(false);
  });
});
