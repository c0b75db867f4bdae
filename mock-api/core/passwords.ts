import { deriveKey, KDF_SCHEME } from './kdf';

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares every character whatever the first difference, so the time tells nothing. */
function sameInConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}

/** Stored as `<scheme>$<salt>$<hex>`; the salt is given so that seeded data stays deterministic. */
export async function hashPassword(password: string, salt: string): Promise<string> {
  return `${KDF_SCHEME}$${salt}$${toHex(await deriveKey(password, salt))}`;
}

/** A stored hash no password matches: unknown and deactivated accounts are checked against it. */
const DECOY = `${KDF_SCHEME}$decoy$${'0'.repeat(64)}`;

/**
 * Always derives once, even for an unknown account (`stored` undefined) or a hash of another
 * scheme, so that the answer takes the same time whether the email exists or not.
 */
export async function verifyPassword(password: string, stored = DECOY): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  const usable = scheme === KDF_SCHEME && !!salt && !!hash;
  const derived = toHex(await deriveKey(password, usable ? salt : 'decoy'));
  return sameInConstantTime(derived, usable ? hash : DECOY.split('$')[2]) && usable;
}
