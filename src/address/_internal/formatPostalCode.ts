import { findCountryRule } from './rules.js';
import { collapseWhitespace, compactPostalCode } from './text.js';

// Whether one code unit fits a mask slot: `N` a digit, `A` a letter A–Z, `X` either.
function fitsSlot(symbol: string, char: number): boolean | undefined {
  const digit = char >= 0x30 && char <= 0x39;
  const letter = char >= 0x41 && char <= 0x5a;
  if (symbol === 'N') return digit;
  if (symbol === 'A') return letter;
  if (symbol === 'X') return digit || letter;
  return undefined;
}

/** Lays `compact` (letters and digits only) into `mask`, or returns undefined if it does not fit. */
function applyMask(mask: string, compact: string): string | undefined {
  let index = 0;
  let out = '';
  for (const symbol of mask) {
    const fits = fitsSlot(symbol, index < compact.length ? compact.charCodeAt(index) : -1);
    if (fits === undefined) {
      out += symbol;
      continue;
    }
    if (!fits) return undefined;
    out += compact.charAt(index);
    index += 1;
  }
  return index === compact.length ? out : undefined;
}

function fitMasks(masks: readonly string[], code: string): string | undefined {
  const compact = compactPostalCode(code);
  for (const mask of masks) {
    const formatted = applyMask(mask, compact);
    if (formatted !== undefined) return formatted;
  }
  return undefined;
}

/**
 * Writes a postal code in its country's canonical form: trimmed, upper case, and laid out by
 * the country's masks (`1234567` → `1234-567` for PT, `sw1a1aa` → `SW1A 1AA` for GB). A label
 * prefix (`L-4750`, `CH-1211`, `SE-11455`) is dropped. A code that fits no mask is returned
 * trimmed and upper-cased only, for validation to report. Idempotent.
 */
export function formatPostalCode(country: string, value: string): string {
  const code = collapseWhitespace(value).toUpperCase();
  const rule = findCountryRule(country);
  if (rule?.postalCode === undefined) return code;
  if (country === 'GB') {
    const bfpo = /^BFPO ?(\d{1,4})$/u.exec(code);
    if (bfpo !== null) return `BFPO ${bfpo[1] ?? ''}`;
  }
  const direct = fitMasks(rule.postalCode.masks, code);
  if (direct !== undefined) return direct;
  for (const prefix of [rule.postprefix, `${country}-`]) {
    if (prefix === undefined || !code.startsWith(prefix)) continue;
    const stripped = fitMasks(rule.postalCode.masks, code.slice(prefix.length).trim());
    if (stripped !== undefined) return stripped;
  }
  return code;
}
