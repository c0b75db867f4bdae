/**
 * The server-less demo's stand-in for `kdf.ts` (vite aliases it in demo mode): a service worker
 * has no node:crypto, so its own seeded accounts are hashed with PBKDF2 through WebCrypto.
 */
export const KDF_SCHEME = 'pbkdf2';
const ITERATIONS = 100_000;
const encoder = new TextEncoder();

export async function deriveKey(password: string, salt: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations: ITERATIONS },
    key,
    256,
  );
  return new Uint8Array(bits);
}
