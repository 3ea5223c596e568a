/**
 * One administrative area (state, province) of a country.
 *
 * `code` is the value stored in `Address.region`; `names` are spellings accepted on input
 * (matched without case, accents, spaces or punctuation); `postcodePrefixes` are the
 * postal-code prefixes the area covers, where the source gives them (Google `sub_zips`).
 */
export interface Region {
  readonly code: string;
  readonly names: readonly string[];
  readonly postcodePrefixes?: readonly string[];
}
