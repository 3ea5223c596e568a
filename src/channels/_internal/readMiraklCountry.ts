import type { JsonRecord, PayloadReader } from './payloadReader.js';

/**
 * ISO 3166-1 alpha-3 → alpha-2, for the countries with their own address rules in ordokit
 * (`supportedCountryCodes` of the address module) and the other member states of the EU,
 * where Mirakl operators deliver. Channels may not import the address module: the table lives
 * here, limited to these countries.
 */
const alpha2ByAlpha3: ReadonlyMap<string, string> = new Map([
  // Countries with their own address rules.
  ['FRA', 'FR'],
  ['DEU', 'DE'],
  ['GBR', 'GB'],
  ['ESP', 'ES'],
  ['ITA', 'IT'],
  ['NLD', 'NL'],
  ['BEL', 'BE'],
  ['LUX', 'LU'],
  ['PRT', 'PT'],
  ['AUT', 'AT'],
  ['CHE', 'CH'],
  ['IRL', 'IE'],
  ['POL', 'PL'],
  ['SWE', 'SE'],
  ['DNK', 'DK'],
  ['USA', 'US'],
  ['CAN', 'CA'],
  ['MCO', 'MC'],
  ['AND', 'AD'],
  ['GLP', 'GP'],
  ['MTQ', 'MQ'],
  ['GUF', 'GF'],
  ['REU', 'RE'],
  ['MYT', 'YT'],
  ['SPM', 'PM'],
  ['BLM', 'BL'],
  ['MAF', 'MF'],
  ['WLF', 'WF'],
  ['PYF', 'PF'],
  ['NCL', 'NC'],
  ['ATF', 'TF'],
  // The other EU member states (generic address rule).
  ['GRC', 'GR'],
  ['CZE', 'CZ'],
  ['SVK', 'SK'],
  ['HUN', 'HU'],
  ['ROU', 'RO'],
  ['BGR', 'BG'],
  ['HRV', 'HR'],
  ['SVN', 'SI'],
  ['FIN', 'FI'],
  ['EST', 'EE'],
  ['LVA', 'LV'],
  ['LTU', 'LT'],
  ['CYP', 'CY'],
  ['MLT', 'MT'],
]);

/**
 * The alpha-2 code of an ISO alpha-3 code (any case) of the table above, else undefined.
 *
 * @param code - an alpha-3 code, `FRA`
 * @returns `FR`, or undefined outside the table
 */
export function alpha2OfAlpha3(code: string): string | undefined {
  return alpha2ByAlpha3.get(code.toUpperCase());
}

/**
 * Reads a Mirakl `country_iso_code` (ISO alpha-3, `FRA`, any case) as the alpha-2 code of the
 * canonical address. A missing code, or one outside the table, is reported.
 *
 * @param reader - collects the issues
 * @param source - the address object
 * @param path - the address's path in the payload
 * @returns the alpha-2 code, or undefined (reported)
 */
export function readMiraklCountry(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): string | undefined {
  const fieldPath = `${path}.country_iso_code`;
  const code = reader.text(source, 'country_iso_code', fieldPath, { required: true });
  if (code === undefined) return undefined;
  const alpha2 = alpha2ByAlpha3.get(code.toUpperCase());
  if (alpha2 === undefined)
    reader.report(fieldPath, 'ISO alpha-3 code of an EU or supported country', code);
  return alpha2;
}
