import { resolveTerritory } from './resolveTerritory.js';
import type { TerritoryCode } from './territory.js';

/**
 * Why a destination has its customs and VAT status:
 * - `eu_member_state`: an EU member state's main territory (customs and VAT);
 * - `monaco`: Monaco counts as France for VAT and is inside the EU customs territory;
 * - `vat_excluded`: inside the EU customs territory but outside the VAT area (Art. 6(1)
 *   Directive 2006/112/EC: the French outermost regions GP, MQ, GF, RE, YT and MF, the
 *   Canaries, Åland; and Campione d'Italia since 2020);
 * - `customs_and_vat_excluded`: part of an EU state outside both (Art. 6(2): Heligoland,
 *   Büsingen, Ceuta, Melilla, Livigno);
 * - `overseas_country_territory`: a French OCT outside both (BL, PM, WF, PF, NC, TF);
 * - `outside_eu`: any other country (CH, GB, NO, AD…).
 *
 * Mount Athos (GR, inside customs, outside VAT) is not detected by postal code: it is reported
 * as `eu_member_state`.
 */
export type CustomsReason =
  | 'eu_member_state'
  | 'monaco'
  | 'vat_excluded'
  | 'customs_and_vat_excluded'
  | 'overseas_country_territory'
  | 'outside_eu';

/** The customs and VAT status of a destination. */
export interface CustomsStatus {
  /** The ISO code of the place (`GP` for FR + 97100). */
  readonly country: string;
  /** The territory found by `resolveTerritory` (`standard` for a country's main territory). */
  readonly territory: TerritoryCode;
  /** Inside the EU customs territory (Union Customs Code, Art. 4). */
  readonly euCustoms: boolean;
  /** Inside the EU VAT area (Directive 2006/112/EC, Art. 5–7). */
  readonly euVat: boolean;
  /**
   * A shipment from the EU VAT area needs a customs declaration (CN22/CN23): true when the
   * destination is outside the EU customs territory or outside the EU VAT area.
   */
  readonly needsCustomsDeclaration: boolean;
  /** Why the destination has this status. */
  readonly reason: CustomsReason;
}

/** The 27 EU member states (ISO 3166-1: Greece is GR, not EL). */
const euMemberStates = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

const statusByTerritory: Readonly<Partial<Record<TerritoryCode, CustomsReason>>> = {
  MC: 'monaco',
  GP: 'vat_excluded',
  MQ: 'vat_excluded',
  GF: 'vat_excluded',
  RE: 'vat_excluded',
  YT: 'vat_excluded',
  MF: 'vat_excluded',
  'ES-canarias': 'vat_excluded',
  'IT-campione': 'vat_excluded',
  'FI-aland': 'vat_excluded',
  'ES-ceuta': 'customs_and_vat_excluded',
  'ES-melilla': 'customs_and_vat_excluded',
  'DE-heligoland': 'customs_and_vat_excluded',
  'DE-busingen': 'customs_and_vat_excluded',
  'IT-livigno': 'customs_and_vat_excluded',
  BL: 'overseas_country_territory',
  PM: 'overseas_country_territory',
  WF: 'overseas_country_territory',
  PF: 'overseas_country_territory',
  NC: 'overseas_country_territory',
  TF: 'overseas_country_territory',
};

const flags: Readonly<Record<CustomsReason, readonly [euCustoms: boolean, euVat: boolean]>> = {
  eu_member_state: [true, true],
  monaco: [true, true],
  vat_excluded: [true, false],
  customs_and_vat_excluded: [false, false],
  overseas_country_territory: [false, false],
  outside_eu: [false, false],
};

/**
 * Tells whether a destination is inside the EU customs territory and the EU VAT area, from its
 * country and postal code (FR + 97xxx/98xxx codes are the overseas places; Monaco counts as
 * France). Sources: Directive 2006/112/EC Art. 6–7, Directive (EU) 2019/475 (Campione),
 * Union Customs Code Art. 4, as summarised in domain-facts §1.4 and §1.6. The status of the
 * French OCTs, Andorra and Åland's postal codes is from general knowledge [U].
 *
 * @param address - the country and (optional) postal code of the destination
 * @returns the customs and VAT status, with the territory and the reason
 *
 * @example
 * ```ts
 * customsTerritory({ country: 'FR', postalCode: '97200' });
 * // { country: 'MQ', territory: 'MQ', euCustoms: true, euVat: false,
 * //   needsCustomsDeclaration: true, reason: 'vat_excluded' }
 * ```
 */
export function customsTerritory(address: {
  readonly country: string;
  readonly postalCode?: string;
}): CustomsStatus {
  const { country, territory } = resolveTerritory(address);
  const reason: CustomsReason =
    statusByTerritory[territory] ??
    (country === 'AX'
      ? 'vat_excluded'
      : euMemberStates.has(country)
        ? 'eu_member_state'
        : 'outside_eu');
  const [euCustoms, euVat] = flags[reason];
  return {
    country,
    territory,
    euCustoms,
    euVat,
    needsCustomsDeclaration: !euCustoms || !euVat,
    reason,
  };
}
