import { alpha2OfAlpha3 } from './readMiraklCountry.js';

/**
 * Country names (English and French, as PrestaShop holds them) → alpha-2, for the countries of
 * the alpha-3 table of `readMiraklCountry` (the countries with their own address rules and the
 * EU). Keys are normalised by {@link normaliseName}.
 */
const alpha2ByName: ReadonlyMap<string, string> = new Map(
  (
    [
      ['FR', 'France'],
      ['DE', 'Germany', 'Allemagne', 'Deutschland'],
      ['GB', 'United Kingdom', 'Royaume-Uni', 'Great Britain', 'Grande-Bretagne'],
      ['ES', 'Spain', 'Espagne', 'España'],
      ['IT', 'Italy', 'Italie', 'Italia'],
      ['NL', 'Netherlands', 'Pays-Bas', 'The Netherlands'],
      ['BE', 'Belgium', 'Belgique'],
      ['LU', 'Luxembourg'],
      ['PT', 'Portugal'],
      ['AT', 'Austria', 'Autriche'],
      ['CH', 'Switzerland', 'Suisse'],
      ['IE', 'Ireland', 'Irlande'],
      ['PL', 'Poland', 'Pologne'],
      ['SE', 'Sweden', 'Suède'],
      ['DK', 'Denmark', 'Danemark'],
      ['US', 'United States', 'États-Unis', 'USA'],
      ['CA', 'Canada'],
      ['MC', 'Monaco'],
      ['AD', 'Andorra', 'Andorre'],
      ['GP', 'Guadeloupe'],
      ['MQ', 'Martinique'],
      ['GF', 'French Guiana', 'Guyane', 'Guyane française'],
      ['RE', 'Réunion', 'La Réunion', 'Reunion Island'],
      ['YT', 'Mayotte'],
      ['PM', 'Saint Pierre and Miquelon', 'Saint-Pierre-et-Miquelon'],
      ['BL', 'Saint Barthélemy', 'Saint-Barthélemy'],
      ['MF', 'Saint Martin', 'Saint-Martin'],
      ['WF', 'Wallis and Futuna', 'Wallis-et-Futuna'],
      ['PF', 'French Polynesia', 'Polynésie française'],
      ['NC', 'New Caledonia', 'Nouvelle-Calédonie'],
      ['TF', 'French Southern Territories', 'Terres australes françaises'],
      ['GR', 'Greece', 'Grèce'],
      ['CZ', 'Czechia', 'Czech Republic', 'Tchéquie', 'République tchèque'],
      ['SK', 'Slovakia', 'Slovaquie'],
      ['HU', 'Hungary', 'Hongrie'],
      ['RO', 'Romania', 'Roumanie'],
      ['BG', 'Bulgaria', 'Bulgarie'],
      ['HR', 'Croatia', 'Croatie'],
      ['SI', 'Slovenia', 'Slovénie'],
      ['FI', 'Finland', 'Finlande'],
      ['EE', 'Estonia', 'Estonie'],
      ['LV', 'Latvia', 'Lettonie'],
      ['LT', 'Lithuania', 'Lituanie'],
      ['CY', 'Cyprus', 'Chypre'],
      ['MT', 'Malta', 'Malte'],
    ] as const
  ).flatMap(([code, ...names]) => names.map((name) => [normaliseName(name), code] as const)),
);

/** Lower case, without accents, words separated by one space: `Royaume-Uni` → `royaume uni`. */
function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** What {@link readIzifluxCountry} made of a country cell. */
type IzifluxCountry =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly expected: string };

/**
 * Reads the country of an Iziflux address: an ISO code when three characters or fewer (alpha-2
 * `FR`, or alpha-3 `FRA` of the table), else a country name in English or French (`France`,
 * `Royaume-Uni`); `-` is the shop's own country, `defaultCountry`.
 *
 * @param cell - the cell, trimmed and not blank
 * @param defaultCountry - the alpha-2 code `-` stands for, if the host gave one
 * @returns the alpha-2 code, or what was expected
 */
export function readIzifluxCountry(
  cell: string,
  defaultCountry: string | undefined,
): IzifluxCountry {
  if (cell === '-') {
    return defaultCountry !== undefined && /^[A-Z]{2}$/.test(defaultCountry)
      ? { ok: true, code: defaultCountry }
      : { ok: false, expected: 'country ("-" needs the context\'s defaultCountry)' };
  }
  const upper = cell.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return { ok: true, code: upper };
  const code = /^[A-Z]{3}$/.test(upper)
    ? alpha2OfAlpha3(upper)
    : alpha2ByName.get(normaliseName(cell));
  return code === undefined
    ? { ok: false, expected: 'ISO code or English or French name of a supported country' }
    : { ok: true, code };
}
