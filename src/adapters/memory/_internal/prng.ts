/**
 * FNV-1a, 32 bits, over the UTF-16 code units of a string (stable, not cryptographic).
 *
 * @param text - the text to hash
 * @returns an unsigned 32-bit integer
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence, on
 * every platform. For test fakes only; never for security.
 *
 * @param seed - any number (its 32 low bits are used)
 * @returns a function that draws the next number in [0, 1)
 */
export function createPrng(seed: number): () => number {
  let state = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}
