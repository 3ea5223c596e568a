const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const valueOf = new Map(Array.from({ length: 64 }, (_, i) => [alphabet.charAt(i), i]));

/** The cursor after an order: base64url (no padding) of the orderId's UTF-8 bytes. */
export function encodeCursor(orderId: string): string {
  const bytes = new TextEncoder().encode(orderId);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += alphabet.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/**
 * The orderId a cursor points after, or undefined when the cursor was not made by
 * {@link encodeCursor} (wrong characters, not UTF-8, not in canonical form).
 */
export function decodeCursor(cursor: string): string | undefined {
  if (cursor.length === 0 || cursor.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < cursor.length; i += 4) {
    const group = cursor.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < group.length ? valueOf.get(group.charAt(k)) : 0;
      if (v === undefined) return undefined;
      n = (n << 6) | v;
    }
    bytes.push((n >> 16) & 255);
    if (group.length > 2) bytes.push((n >> 8) & 255);
    if (group.length > 3) bytes.push(n & 255);
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
  return encodeCursor(decoded) === cursor ? decoded : undefined;
}
