import { canadaProvinces } from './_internal/regions/ca.js';
import { spainProvinces } from './_internal/regions/es.js';
import { italyProvinces } from './_internal/regions/it.js';
import type { Region } from './_internal/regions/region.js';
import { unitedStatesRegions } from './_internal/regions/us.js';
import type { CountryCode } from './schema.js';

export type { Region } from './_internal/regions/region.js';

/** The postal-code rule of a country. */
export interface PostalCodeRule {
  /** Google's `zip` regex as published (no anchors); it is matched against the normalised code. */
  readonly zip: string;
  /** Google's `zipex` examples; all of them validate (they are test fixtures). */
  readonly zipex: readonly string[];
  /**
   * Canonical layouts, `N` = digit, `A` = letter, `X` = either, other characters literal.
   * `normalizeAddress` rewrites a code whose letters and digits fit one of them into it.
   */
  readonly masks: readonly string[];
  /** The layouts shown in messages, when they differ from `masks` (empty: show the example). */
  readonly hints?: readonly string[];
}

/** The address rule of one supported country (Google address metadata, domain-facts §1.2–1.4). */
export interface CountryRule {
  /**
   * Google's `require` letters: `A` street (line1), `C` city, `Z` postal code, `S` region.
   * Countries without a `require` key use the default `AC`.
   */
  readonly require: string;
  /** The postal-code rule; absent when the country has no postal codes (TF). */
  readonly postalCode?: PostalCodeRule;
  /** Printed before the postal code on a label (`CH-`, `L-`, `SE-`, `MC-`); never stored. */
  readonly postprefix?: string;
  /** Fields printed in capitals on a label (Google `upper`): `C` city, `S` region, `Z` postcode. */
  readonly upper?: string;
  /** The known regions; when present, a region must be one of them. */
  readonly regions?: readonly Region[];
}

const fiveDigits = ['NNNNN'];
const fourDigits = ['NNNN'];
const overseas = (zip: string, zipex: string[]): CountryRule => ({
  require: 'ACZ',
  postalCode: { zip, zipex, masks: fiveDigits },
  upper: 'ACX',
});

/**
 * The address rules of every supported country, as data (domain-facts §1.2–1.4).
 *
 * @example
 * ```ts
 * countryRules.PT.postalCode?.zip; // '\\d{4}-\\d{3}'
 * countryRules.IE.require; // 'AC' (the Eircode is optional)
 * ```
 */
export const countryRules: Readonly<Record<CountryCode, CountryRule>> = {
  FR: {
    require: 'ACZ',
    postalCode: { zip: '\\d{2} ?\\d{3}', zipex: ['33380', '34092', '33506'], masks: fiveDigits },
    upper: 'CX',
  },
  DE: {
    require: 'ACZ',
    postalCode: { zip: '\\d{5}', zipex: ['26133', '53225'], masks: fiveDigits },
  },
  GB: {
    require: 'ACZ',
    postalCode: {
      zip: 'GIR ?0AA|(?:(?:AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GY|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)(?:\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}))|BFPO ?\\d{1,4}',
      zipex: [
        'EC1Y 8SY',
        'GIR 0AA',
        'M2 5BQ',
        'M34 4AB',
        'CR0 2YR',
        'DN16 9AA',
        'W1A 4ZZ',
        'EC1A 1HQ',
        'OX14 4PG',
        'BS18 8HF',
        'NR25 7HG',
        'RH6 0NP',
        'BH23 6AA',
        'B6 5BA',
        'SO23 9AP',
        'PO1 3AX',
        'BFPO 61',
      ],
      masks: ['XX XXX', 'XXX XXX', 'XXXX XXX'],
      hints: [],
    },
    upper: 'CZ',
  },
  ES: {
    require: 'ACSZ',
    postalCode: { zip: '\\d{5}', zipex: ['28039', '28300', '28070'], masks: fiveDigits },
    upper: 'CS',
    regions: spainProvinces,
  },
  IT: {
    require: 'ACSZ',
    postalCode: { zip: '\\d{5}', zipex: ['00144', '47037', '39049'], masks: fiveDigits },
    upper: 'CS',
    regions: italyProvinces,
  },
  NL: {
    require: 'ACZ',
    postalCode: {
      zip: '[1-9]\\d{3} ?(?:[A-RT-Z][A-Z]|S[BCE-RT-Z])',
      zipex: ['1234 AB', '2490 AA'],
      masks: ['NNNN AA'],
    },
  },
  BE: { require: 'ACZ', postalCode: { zip: '\\d{4}', zipex: ['4000', '1000'], masks: fourDigits } },
  LU: {
    require: 'ACZ',
    postalCode: { zip: '\\d{4}', zipex: ['4750', '2998'], masks: fourDigits },
    postprefix: 'L-',
  },
  PT: {
    require: 'ACZ',
    postalCode: {
      zip: '\\d{4}-\\d{3}',
      zipex: ['2725-079', '1250-096', '1201-950', '2860-571', '1208-148'],
      masks: ['NNNN-NNN'],
    },
  },
  AT: { require: 'ACZ', postalCode: { zip: '\\d{4}', zipex: ['1010', '3741'], masks: fourDigits } },
  CH: {
    require: 'ACZ',
    postalCode: { zip: '\\d{4}', zipex: ['2544', '1211', '1556', '3030'], masks: fourDigits },
    postprefix: 'CH-',
  },
  IE: {
    require: 'AC',
    postalCode: { zip: '[\\dA-Z]{3} ?[\\dA-Z]{4}', zipex: ['A65 F4E2'], masks: ['XXX XXXX'] },
  },
  PL: {
    require: 'ACZ',
    postalCode: {
      zip: '\\d{2}-\\d{3}',
      zipex: ['00-950', '05-470', '48-300', '32-015', '00-940'],
      masks: ['NN-NNN'],
    },
  },
  SE: {
    require: 'ACZ',
    postalCode: { zip: '\\d{3} ?\\d{2}', zipex: ['11455', '12345', '10500'], masks: fiveDigits },
    postprefix: 'SE-',
  },
  DK: { require: 'ACZ', postalCode: { zip: '\\d{4}', zipex: ['8660', '1566'], masks: fourDigits } },
  US: {
    require: 'ACSZ',
    postalCode: {
      zip: '(\\d{5})(?:[ \\-](\\d{4}))?',
      zipex: ['95014', '22162-1010'],
      masks: ['NNNNN', 'NNNNN-NNNN'],
    },
    upper: 'CS',
    regions: unitedStatesRegions,
  },
  CA: {
    require: 'ACSZ',
    postalCode: {
      zip: '[ABCEGHJKLMNPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d',
      zipex: ['H3Z 2Y7', 'V8X 3X4', 'T0L 1K0', 'T0H 1A0', 'K1A 0B1'],
      masks: ['ANA NAN'],
    },
    upper: 'ACNOSZ',
    regions: canadaProvinces,
  },
  MC: {
    require: 'AC',
    postalCode: {
      zip: '980\\d{2}',
      zipex: ['98000', '98020', '98011', '98001'],
      masks: fiveDigits,
    },
    postprefix: 'MC-',
  },
  AD: {
    require: 'AC',
    postalCode: {
      zip: 'AD[1-7]0\\d',
      zipex: ['AD100', 'AD501', 'AD700'],
      masks: ['AANNN'],
      hints: [],
    },
  },
  GP: overseas('9[78][01]\\d{2}', ['97100']),
  MQ: overseas('9[78]2\\d{2}', ['97220']),
  GF: overseas('9[78]3\\d{2}', ['97300']),
  RE: overseas('9[78]4\\d{2}', ['97400']),
  YT: overseas('976\\d{2}', ['97600']),
  PM: overseas('9[78]5\\d{2}', ['97500']),
  BL: overseas('9[78][01]\\d{2}', ['97100']),
  MF: overseas('9[78][01]\\d{2}', ['97100']),
  WF: overseas('986\\d{2}', ['98600']),
  PF: {
    require: 'ACSZ',
    postalCode: { zip: '987\\d{2}', zipex: ['98709'], masks: fiveDigits },
    upper: 'CS',
  },
  NC: overseas('988\\d{2}', ['98814', '98800', '98810']),
  TF: { require: 'AC' },
};
