import {
  createAvailabilityIndex,
  validateAvailabilityPolicy,
  validateBundleCatalogue,
  type AvailabilityPolicy,
  type BundleCatalogue,
} from '../../src/index.js';

/** GIFT-BOX = 2 × MUG + 1 × TEA (the worked example of docs/availability.md). */
export function giftCatalogue(): BundleCatalogue {
  const catalogue = validateBundleCatalogue([
    {
      sku: 'GIFT-BOX',
      components: [
        { sku: 'MUG', quantity: 2 },
        { sku: 'TEA', quantity: 1 },
      ],
    },
  ]);
  if (!catalogue.ok) throw new Error('the fixture catalogue must be valid');
  return catalogue.value;
}

export const giftIndex = () => createAvailabilityIndex(giftCatalogue());

/** amazon sells PAR and LYO: cruise 2 units + 10 %, peak 5 units + 20 %; shop sells PAR only. */
export function examplePolicy(mode: 'cruise' | 'peak' = 'cruise'): AvailabilityPolicy {
  const policy = validateAvailabilityPolicy({
    mode,
    channels: {
      amazon: {
        warehouses: ['PAR', 'LYO'],
        cruise: { absolute: 2, percent: 10 },
        peak: { absolute: 5, percent: 20 },
      },
      shop: {
        warehouses: ['PAR'],
        cruise: { absolute: 0, percent: 0 },
        peak: { absolute: 1, percent: 0 },
      },
    },
  });
  if (!policy.ok) throw new Error('the fixture policy must be valid');
  return policy.value;
}

/**
 * Available units of the worked example: MUG 33 in PAR (40 on hand − 5 reserved − 2 safety),
 * 17 in LYO; TEA 4 in PAR, 30 in LYO.
 */
export const exampleStock: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  PAR: { MUG: 33, TEA: 4 },
  LYO: { MUG: 17, TEA: 30 },
};

export const exampleView = {
  available: (w: string, sku: string) => exampleStock[w]?.[sku] ?? 0,
};
