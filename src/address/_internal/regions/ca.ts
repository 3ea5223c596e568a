import type { Region } from './region.js';

/**
 * The 13 Canadian provinces and territories, with the postal-code prefixes each covers
 * (Google address metadata `sub_zips`, domain-facts §1.3). `K1A` (QC and ON) and `R8A`
 * (SK and MB) belong to two provinces; `PQ` and `NF` are older abbreviations still seen.
 */
export const canadaProvinces: readonly Region[] = [
  { code: 'AB', names: ['Alberta'], postcodePrefixes: ['T'] },
  { code: 'BC', names: ['British Columbia', 'Colombie-Britannique'], postcodePrefixes: ['V'] },
  { code: 'MB', names: ['Manitoba'], postcodePrefixes: ['R'] },
  { code: 'NB', names: ['New Brunswick', 'Nouveau-Brunswick'], postcodePrefixes: ['E'] },
  {
    code: 'NL',
    names: ['Newfoundland and Labrador', 'Terre-Neuve-et-Labrador', 'Newfoundland', 'NF'],
    postcodePrefixes: ['A'],
  },
  { code: 'NS', names: ['Nova Scotia', 'Nouvelle-Écosse'], postcodePrefixes: ['B'] },
  {
    code: 'NT',
    names: ['Northwest Territories', 'Territoires du Nord-Ouest'],
    postcodePrefixes: ['X0E', 'X0G', 'X1A'],
  },
  { code: 'NU', names: ['Nunavut'], postcodePrefixes: ['X0A', 'X0B', 'X0C'] },
  { code: 'ON', names: ['Ontario'], postcodePrefixes: ['K', 'L', 'M', 'N', 'P'] },
  {
    code: 'PE',
    names: ['Prince Edward Island', 'Île-du-Prince-Édouard'],
    postcodePrefixes: ['C'],
  },
  { code: 'QC', names: ['Quebec', 'Québec', 'PQ'], postcodePrefixes: ['G', 'H', 'J', 'K1A'] },
  { code: 'SK', names: ['Saskatchewan'], postcodePrefixes: ['S', 'R8A'] },
  { code: 'YT', names: ['Yukon', 'Yukon Territory'], postcodePrefixes: ['Y'] },
];
