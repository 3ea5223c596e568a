import { describe, expect, it } from 'vitest';
import { formatError, type OrderError, type OrderTotalsMismatch } from '../../src/index.js';
import { eur } from './_fixtures.js';

const shippingMismatch: OrderTotalsMismatch = {
  code: 'order/totals_mismatch',
  component: 'shipping',
  check: 'grand_total',
  pricesIncludeTax: false,
  expected: eur('105.00'),
  actual: eur('104.00'),
  difference: eur('-1.00'),
};

const cases: readonly [OrderError, string, string][] = [
  [
    shippingMismatch,
    'Grand total is 104.00 EUR but products + shipping + taxes − discounts make 105.00 EUR (difference −1.00 EUR). Check the shipping amount.',
    'Le total de la commande est de 104,00 EUR mais produits + livraison + taxes − remises donnent 105,00 EUR (écart −1,00 EUR). Vérifiez les frais de livraison.',
  ],
  [
    { ...shippingMismatch, pricesIncludeTax: true, candidates: ['shipping', 'discount'] },
    'Grand total is 104.00 EUR but products + shipping − discounts (taxes included) make 105.00 EUR (difference −1.00 EUR). Check the shipping amount (it could also be the discount).',
    'Le total de la commande est de 104,00 EUR mais produits + livraison − remises (taxes incluses) donnent 105,00 EUR (écart −1,00 EUR). Vérifiez les frais de livraison (ce peut aussi être la remise).',
  ],
  [
    {
      code: 'order/totals_mismatch',
      component: 'line',
      lineId: 'L1',
      lineField: 'unitPrice',
      check: 'line_total',
      pricesIncludeTax: false,
      expected: eur('20.02'),
      actual: eur('20.00'),
      difference: eur('-0.02'),
    },
    'The total of line "L1" is 20.00 EUR but unit price × quantity make 20.02 EUR (difference −0.02 EUR). Check the unit price of line "L1".',
    'Le total de la ligne « L1 » est de 20,00 EUR mais le prix unitaire × la quantité donne 20,02 EUR (écart −0,02 EUR). Vérifiez le prix unitaire de la ligne « L1 ».',
  ],
  [
    {
      code: 'order/totals_mismatch',
      component: 'line',
      lineId: 'L2',
      lineField: 'tax',
      check: 'line_tax',
      pricesIncludeTax: false,
      expected: eur('6.00'),
      actual: eur('6.01'),
      difference: eur('0.01'),
    },
    'The tax of line "L2" is 6.01 EUR but its rate applied to its price makes 6.00 EUR (difference +0.01 EUR). Check the tax of line "L2".',
    'La taxe de la ligne « L2 » est de 6,01 EUR mais son taux appliqué à son prix donne 6,00 EUR (écart +0,01 EUR). Vérifiez la taxe de la ligne « L2 ».',
  ],
  [
    {
      code: 'order/totals_mismatch',
      component: 'line',
      check: 'products',
      pricesIncludeTax: true,
      expected: { amount: '35', currency: 'JPY' },
      actual: { amount: '37', currency: 'JPY' },
      difference: { amount: '2', currency: 'JPY' },
      candidates: ['line'],
    },
    'Products total is 37 JPY but the lines make 35 JPY (difference +2 JPY). Check the line amounts.',
    'Le total des produits est de 37 JPY mais les lignes totalisent 35 JPY (écart +2 JPY). Vérifiez les montants des lignes.',
  ],
  [
    {
      code: 'order/totals_mismatch',
      component: 'tax',
      check: 'tax',
      pricesIncludeTax: true,
      expected: eur('6.00'),
      actual: eur('6.01'),
      difference: eur('0.01'),
      candidates: ['tax', 'shipping_tax', 'line'],
    },
    'Tax is 6.01 EUR but the line taxes and the shipping tax make 6.00 EUR (difference +0.01 EUR). Check the tax amount (it could also be the shipping tax or the line amounts).',
    'Le montant des taxes est de 6,01 EUR mais les taxes des lignes et de la livraison totalisent 6,00 EUR (écart +0,01 EUR). Vérifiez le montant des taxes (ce peut aussi être la taxe sur la livraison ou les montants des lignes).',
  ],
  [
    {
      ...shippingMismatch,
      component: 'paid',
      check: 'paid',
      expected: eur('0.00'),
      actual: eur('0.00'),
      difference: eur('0.00'),
    },
    'Amount paid is 0.00 EUR but the grand total is 0.00 EUR (difference 0.00 EUR). Check the amount paid.',
    'Le montant payé est de 0,00 EUR mais le total de la commande est de 0,00 EUR (écart 0,00 EUR). Vérifiez le montant payé.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: ['lines', 0, 'quantities', 'ordered'],
      expected: { kind: 'min', of: 'value', bound: 0, inclusive: true },
      received: { kind: 'number', value: -1 },
    },
    'The field lines[0].quantities.ordered is invalid: expected a number of at least 0, received the number −1. Fix the channel mapping for this field.',
    'Le champ lines[0].quantities.ordered est invalide. Attendu : un nombre supérieur ou égal à 0 ; reçu : le nombre −1. Corrigez la mise en correspondance de ce champ avec le canal.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: [],
      expected: { kind: 'type', type: 'object' },
      received: { kind: 'null' },
    },
    'The order is invalid: expected an object, received null. Fix the channel mapping.',
    'La commande est invalide. Attendu : un objet ; reçu : la valeur null. Corrigez la mise en correspondance avec le canal.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: ['lines', 0, 'price'],
      expected: { kind: 'known_key' },
      received: { kind: 'string', length: 2 },
    },
    'The field lines[0].price is not part of the order format. Remove it from the mapping, or map it to a known field.',
    'Le champ lines[0].price ne fait pas partie du format de commande. Retirez-le de la mise en correspondance, ou associez-le à un champ connu.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: ['tenantId'],
      expected: { kind: 'type', type: 'string' },
      received: { kind: 'missing' },
    },
    'The field tenantId is missing: expected a string. Fix the channel mapping for this field.',
    'Le champ tenantId est absent. Attendu : du texte. Corrigez la mise en correspondance de ce champ avec le canal.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: ['placedAt'],
      expected: { kind: 'format', format: 'instant' },
      received: { kind: 'string', length: 9 },
    },
    'The field placedAt is invalid: expected an ISO 8601 date-time with seconds and a time zone (Z or +01:00), received a string of 9 characters. Fix the channel mapping for this field.',
    'Le champ placedAt est invalide. Attendu : une date-heure ISO 8601 avec secondes et fuseau (Z ou +01:00) ; reçu : un texte de 9 caractères. Corrigez la mise en correspondance de ce champ avec le canal.',
  ],
  [
    { code: 'order/line_id_duplicate', path: ['lines', 2, 'lineId'], lineId: 'L1', firstIndex: 0 },
    'Line id "L1" is used by lines 1 and 3. Give each line its own lineId.',
    "L'identifiant de ligne « L1 » est utilisé par les lignes 1 et 3. Donnez à chaque ligne son propre lineId.",
  ],
  [
    { code: 'order/line_price_missing', path: ['lines', 1], lineId: 'L2' },
    'Line "L2" has neither a unit price nor a line total. Map at least one of them from the channel.',
    "La ligne « L2 » n'a ni prix unitaire ni total de ligne. Renseignez au moins l'un des deux dans la mise en correspondance du canal.",
  ],
  [
    {
      code: 'order/currency_mismatch',
      path: ['totals', 'shipping'],
      expected: 'EUR',
      actual: 'USD',
    },
    "The amount at totals.shipping is in USD but the order is in EUR. Convert it, or correct the order's currency.",
    'Le montant totals.shipping est en USD alors que la commande est en EUR. Convertissez-le, ou corrigez la devise de la commande.',
  ],
  [
    {
      code: 'order/parcel_line_unknown',
      path: ['parcels', 0, 'lines', 0, 'lineId'],
      parcelId: 'P1',
      lineId: 'L9',
    },
    'Parcel "P1" refers to line "L9", which the order does not have. Use the lineId of one of the order\'s lines.',
    "Le colis « P1 » désigne la ligne « L9 », absente de la commande. Utilisez le lineId d'une ligne de la commande.",
  ],
  [
    {
      code: 'order/option_invalid',
      option: 'toleranceMinorUnits',
      received: { kind: 'number', value: 0.5 },
    },
    'The option toleranceMinorUnits must be a whole number of minor units, 0 or more (received the number 0.5).',
    "L'option toleranceMinorUnits doit être un nombre entier d'unités mineures, positif ou nul (reçu : le nombre 0,5).",
  ],
];

describe('orderMessages', () => {
  it.each(cases)('renders %j in English and French', (error, en, fr) => {
    expect(formatError(error, 'en')).toBe(en);
    expect(formatError(error, 'fr')).toBe(fr);
  });

  it('has a case for every code', () => {
    const codes = new Set(cases.map(([e]) => e.code));
    expect([...codes].sort()).toEqual([
      'order/currency_mismatch',
      'order/line_id_duplicate',
      'order/line_price_missing',
      'order/option_invalid',
      'order/parcel_line_unknown',
      'order/schema_invalid',
      'order/totals_mismatch',
    ]);
  });
});
