import { scrypt } from 'node:crypto';

/** scrypt at N = 2^14, r = 8: about 50 ms a hash on this 2-core machine, 16 MiB of memory. */
export const KDF_SCHEME = 'scrypt';
const COST = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;

export function deriveKey(password: string, salt: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_BYTES, COST, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
