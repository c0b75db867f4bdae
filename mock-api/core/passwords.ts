/** PBKDF2-SHA256 through WebCrypto, so the same code runs in Node and in the demo's service worker. */
const ITERATIONS = 10_000;
const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function derive(password: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations: ITERATIONS },
    key,
    256,
  );
  return toHex(bits);
}

/** Stored as `pbkdf2$<salt>$<hex>`; the salt is given so that seeded data stays deterministic. */
export async function hashPassword(password: string, salt: string): Promise<string> {
  return `pbkdf2$${salt}$${await derive(password, salt)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2' || !salt || !hash) return false;
  return (await derive(password, salt)) === hash;
}
