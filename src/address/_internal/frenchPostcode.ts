import type { FrenchPostalTerritory } from '../territory.js';
import { compactPostalCode } from './text.js';

/** A place reached through a French postal code. */
export interface FrenchPlace {
  readonly kind: 'place';
  /** `FR`, or the ISO code of the territory (`GP`, `MC`…). */
  readonly country: string;
  readonly territory: FrenchPostalTerritory;
  readonly department?: string;
}

/** A five-digit code that no French territory uses. */
export interface FrenchPostcodeInvalid {
  readonly kind: 'invalid';
  readonly reason: 'corsica' | 'overseas';
}

type OverseasEntry = readonly [
  country: string,
  territory: FrenchPostalTerritory,
  department?: string,
];

// Three-digit prefixes of the overseas places and Monaco (domain-facts §1.4 [C]; 984 TAAF [U]).
const overseasPrefixes: Readonly<Record<string, OverseasEntry>> = {
  '971': ['GP', 'GP', '971'],
  '972': ['MQ', 'MQ', '972'],
  '973': ['GF', 'GF', '973'],
  '974': ['RE', 'RE', '974'],
  '975': ['PM', 'PM'],
  '976': ['YT', 'YT', '976'],
  '980': ['MC', 'MC'],
  '984': ['TF', 'TF'],
  '986': ['WF', 'WF'],
  '987': ['PF', 'PF'],
  '988': ['NC', 'NC'],
};

// Saint-Barthélemy and Saint-Martin use 971xx codes (domain-facts §1.4, SocialGouv/domifa).
const exactCodes: Readonly<Record<string, OverseasEntry>> = {
  '97133': ['BL', 'BL'],
  '97150': ['MF', 'MF'],
};

/** The overseas departments and their département number (the first three digits of the code). */
export const overseasDepartments: Readonly<Record<string, string>> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  YT: '976',
};

/** The overseas collectivities, the French Southern Territories and Monaco. */
export const frenchCollectivities: ReadonlySet<string> = new Set([
  'PM',
  'BL',
  'MF',
  'WF',
  'PF',
  'NC',
  'TF',
  'MC',
]);

/** Every country code whose postal codes come from the French postal system (domain-facts §1.4). */
export const frenchPostalCountries: ReadonlySet<string> = new Set([
  'FR',
  ...Object.keys(overseasDepartments),
  ...frenchCollectivities,
]);

/** The pattern of the 97xxx/98xxx codes that some French territory uses. */
export const frenchOverseasPattern = '^(?:97[1-6]|98[046-8])\\d{2}$';
/** The pattern of the Corsican codes (200, 201 → 2A; 202, 206 → 2B). */
export const corsicaPattern = '^20[0126]\\d{2}$';

function place(entry: OverseasEntry): FrenchPlace {
  const [country, territory, department] = entry;
  return department === undefined
    ? { kind: 'place', country, territory }
    : { kind: 'place', country, territory, department };
}

/**
 * Reads a French-system postal code (five digits, any spacing removed): overseas prefixes,
 * Monaco, Corsica (2A/2B), or a metropolitan département from the first two digits.
 *
 * @returns the place, an invalid marker, or undefined when the code is not five digits
 */
export function readFrenchPostcode(
  postalCode: string,
): FrenchPlace | FrenchPostcodeInvalid | undefined {
  const code = compactPostalCode(postalCode);
  if (!/^\d{5}$/u.test(code)) return undefined;
  const exact = exactCodes[code];
  if (exact !== undefined) return place(exact);
  const overseas = overseasPrefixes[code.slice(0, 3)];
  if (overseas !== undefined) return place(overseas);
  if (code.startsWith('97') || code.startsWith('98'))
    return { kind: 'invalid', reason: 'overseas' };
  if (code.startsWith('20')) {
    const third = code[2];
    if (third === '0' || third === '1') return place(['FR', 'FR-corsica', '2A']);
    if (third === '2' || third === '6') return place(['FR', 'FR-corsica', '2B']);
    return { kind: 'invalid', reason: 'corsica' };
  }
  return place(['FR', 'FR-metropolitan', code.slice(0, 2)]);
}
