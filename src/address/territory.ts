/**
 * Places reached through French postal codes: metropolitan France, Corsica, the overseas
 * departments and collectivities (by ISO code), the French Southern Territories and Monaco.
 */
export type FrenchPostalTerritory =
  | 'FR-metropolitan'
  | 'FR-corsica'
  | 'GP'
  | 'MQ'
  | 'GF'
  | 'RE'
  | 'YT'
  | 'PM'
  | 'BL'
  | 'MF'
  | 'WF'
  | 'PF'
  | 'NC'
  | 'TF'
  | 'MC';

/** Parts of EU countries with their own customs or VAT status, found from the postal code. */
export type SpecialTerritory =
  | 'ES-canarias'
  | 'ES-ceuta'
  | 'ES-melilla'
  | 'DE-heligoland'
  | 'DE-busingen'
  | 'IT-livigno'
  | 'IT-campione'
  | 'FI-aland';

/** The territory an address is in; `standard` is the country's main territory. */
export type TerritoryCode = FrenchPostalTerritory | SpecialTerritory | 'standard';

/** Where an address really is, for customs, carriers and phone numbers. */
export interface Territory {
  /**
   * The ISO 3166-1 code of the place when it has its own (`GP` for FR + 97100, `MC` for
   * FR + 98000), otherwise the address country.
   */
  readonly country: string;
  /** The territory: a French postal territory, a special part of an EU country, or `standard`. */
  readonly territory: TerritoryCode;
  /**
   * The French département from the postal code (`75`, `2A`, `971`); absent outside
   * départements. About twenty communes have a postal code of a neighbouring département.
   */
  readonly department?: string;
}
