const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of a string: a fast, stable hash for deriving
 * deterministic numbers (backoff jitter) from idempotency keys. Not a cryptographic hash.
 *
 * @param text - the text to hash
 * @returns an unsigned 32-bit integer
 */
export function hashKey(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
