// Whitespace other than a lone space: the only runs `collapseWhitespace` has to rewrite.
const collapsibleWhitespace = /[^\S ]| {2}/u;

/** Trims and collapses every run of whitespace (tabs, new lines, no-break spaces) to one space. */
export function collapseWhitespace(value: string): string {
  return collapsibleWhitespace.test(value) ? value.replace(/\s+/gu, ' ').trim() : value.trim();
}

/** A postal code without its spaces and hyphens (`1234-567` → `1234567`), for prefix tests. */
export function compactPostalCode(value: string): string {
  return value.replace(/[\s-]/gu, '');
}

/** Folds a name for loose matching: no case, accents, spaces or punctuation. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/u;

/** Tells whether a string holds control characters (after whitespace was collapsed). */
export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}
