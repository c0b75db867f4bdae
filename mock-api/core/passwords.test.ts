import { describe, expect, it, vi } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

const derivations = vi.hoisted(() => ({ count: 0 }));
vi.mock('./kdf', async (importOriginal) => {
  const kdf = await importOriginal<typeof import('./kdf')>();
  return {
    ...kdf,
    deriveKey: (password: string, salt: string) => {
      derivations.count += 1;
      return kdf.deriveKey(password, salt);
    },
  };
});

describe('passwords', () => {
  it('are stored as scrypt hashes, never in clear, and salted', async () => {
    const first = await hashPassword('un mot de passe solide', 'sel-1');
    const second = await hashPassword('un mot de passe solide', 'sel-2');
    expect(first).toMatch(/^scrypt\$sel-1\$[0-9a-f]{64}$/);
    expect(first).not.toContain('solide');
    expect(second).not.toBe(first);
  });

  it('match only the password they were made from', async () => {
    const stored = await hashPassword('kaporal', 'sel');
    expect(await verifyPassword('kaporal', stored)).toBe(true);
    expect(await verifyPassword('Kaporal', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('spend one derivation whatever the account: unknown, of another scheme, or real', async () => {
    const stored = await hashPassword('kaporal', 'sel');
    for (const hash of [undefined, 'pbkdf2$sel$00', 'garbage', stored]) {
      derivations.count = 0;
      expect(await verifyPassword('devine', hash)).toBe(false);
      expect(derivations.count).toBe(1);
    }
  });
});
