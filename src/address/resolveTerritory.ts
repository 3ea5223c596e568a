import {
  frenchCollectivities,
  overseasDepartments,
  readFrenchPostcode,
} from './_internal/frenchPostcode.js';
import { collapseWhitespace, compactPostalCode } from './_internal/text.js';
import type { FrenchPostalTerritory, SpecialTerritory, Territory } from './territory.js';

// Postal codes of the special parts of EU countries (domain-facts §1.3 and §1.6).
const specialCodes: Readonly<Record<string, Readonly<Record<string, SpecialTerritory>>>> = {
  ES: { '35': 'ES-canarias', '38': 'ES-canarias', '51': 'ES-ceuta', '52': 'ES-melilla' },
  DE: { '27498': 'DE-heligoland', '78266': 'DE-busingen' },
  IT: { '23041': 'IT-livigno', '22061': 'IT-campione' },
  FI: { '22': 'FI-aland' },
};

function findSpecialTerritory(country: string, code: string): SpecialTerritory | undefined {
  const table = specialCodes[country];
  if (table === undefined || !/^\d{5}$/u.test(code)) return undefined;
  return table[code] ?? table[code.slice(0, 2)];
}

/**
 * Tells which territory an address is in, from its country and postal code: French overseas
 * places and Monaco behind `FR` + 97xxx/98xxx codes (97133 Saint-Barthélemy, 97150
 * Saint-Martin), Corsica (2A/2B), the Canaries, Ceuta, Melilla, Heligoland, Büsingen, Livigno,
 * Campione d'Italia and Åland. An explicit overseas country code (`GP`, `BL`…) is kept as given.
 *
 * @param address - the country and (optional) postal code, normalised or not
 * @returns the territory, with the ISO code of the place and the French département when known
 *
 * @example
 * ```ts
 * resolveTerritory({ country: 'FR', postalCode: '97133' }); // { country: 'BL', territory: 'BL' }
 * resolveTerritory({ country: 'FR', postalCode: '20000' });
 * // { country: 'FR', territory: 'FR-corsica', department: '2A' }
 * ```
 */
export function resolveTerritory(address: {
  readonly country: string;
  readonly postalCode?: string;
}): Territory {
  const country = collapseWhitespace(address.country).toUpperCase();
  const code = compactPostalCode(address.postalCode ?? '').toUpperCase();
  if (country === 'FR') {
    const found = readFrenchPostcode(code);
    if (found?.kind !== 'place') {
      const corsican = found?.kind === 'invalid' && found.reason === 'corsica';
      return { country, territory: corsican ? 'FR-corsica' : 'FR-metropolitan' };
    }
    const { country: placeCountry, territory, department } = found;
    return department === undefined
      ? { country: placeCountry, territory }
      : { country: placeCountry, territory, department };
  }
  const department = overseasDepartments[country];
  if (department !== undefined) {
    return { country, territory: country as FrenchPostalTerritory, department };
  }
  if (frenchCollectivities.has(country)) {
    return { country, territory: country as FrenchPostalTerritory };
  }
  return { country, territory: findSpecialTerritory(country, code) ?? 'standard' };
}
