const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

const encoder = new TextEncoder();

/**
 * The canonical JSON of a value: object keys sorted (by UTF-16 code units) at every depth,
 * no whitespace, array order kept. Properties whose value is `undefined` are left out, as
 * `JSON.stringify` does, so `{ a: 1, b: undefined }` and `{ a: 1 }` have one form.
 *
 * @param value - plain JSON data (no cycles)
 * @returns its canonical JSON text
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    const fields = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${fields.join(',')}}`;
  }
  // Numbers, strings, booleans and null as JSON writes them (NaN and Infinity become null);
  // anything else JSON cannot hold (undefined, functions, symbols, bigints) as null.
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  return 'null';
}

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of a text, as 16 lower-case hex digits. Stable across
 * runs and platforms; not a cryptographic hash.
 *
 * @param text - the text to hash
 * @returns 16 hex digits
 */
export function fnv1a64(text: string): string {
  let hash = FNV64_OFFSET;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV64_PRIME) & MASK64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The payload hash of an action journal key: FNV-1a 64 over the value's canonical JSON, so
 * the same request written with its keys in another order has the same hash.
 *
 * @param value - the request (or the request with what identifies it further)
 * @returns 16 hex digits
 */
export function payloadHash(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}
