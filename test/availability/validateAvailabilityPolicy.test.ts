import { describe, expect, it } from 'vitest';
import { formatError, validateAvailabilityPolicy } from '../../src/index.js';

const rule = {
  warehouses: ['PAR', 'LYO'],
  cruise: { absolute: 2, percent: 10 },
  peak: { absolute: 5, percent: 20 },
};

const withRule = (patch: Record<string, unknown>) => ({
  mode: 'cruise',
  channels: { amazon: { ...rule, ...patch } },
});

describe('validateAvailabilityPolicy', () => {
  it('accepts a policy and returns a copy with channels sorted', () => {
    const input = { mode: 'peak', channels: { shop: rule, amazon: rule } };
    const policy = validateAvailabilityPolicy(input);
    expect(policy).toEqual({ ok: true, value: input });
    if (!policy.ok) return;
    expect(Object.keys(policy.value.channels)).toEqual(['amazon', 'shop']);
    expect(policy.value.channels['amazon']).not.toBe(rule);
  });

  it.each([
    [null, 'policy', 'wrong_type'],
    [[], 'policy', 'wrong_type'],
    [{ channels: { amazon: rule } }, 'mode', 'missing'],
    [{ mode: 'busy', channels: { amazon: rule } }, 'mode', 'wrong_type'],
    [{ mode: 'cruise' }, 'channels', 'missing'],
    [{ mode: 'cruise', channels: [] }, 'channels', 'wrong_type'],
    [{ mode: 'cruise', channels: {} }, 'channels', 'empty'],
    [{ mode: 'cruise', channels: { ' amazon': rule } }, 'channels', 'invalid_id'],
    [{ mode: 'cruise', channels: { amazon: rule }, extra: 1 }, 'policy', 'unexpected_field'],
  ])('refuses %j: %s %s', (input, field, reason) => {
    expect(validateAvailabilityPolicy(input)).toEqual({
      ok: false,
      error: { code: 'availability/policy_invalid', field, reason },
    });
  });

  it.each([
    [{ warehouses: undefined }, 'warehouses', 'missing', undefined],
    [{ warehouses: 'PAR' }, 'warehouses', 'wrong_type', undefined],
    [{ warehouses: [] }, 'warehouses', 'empty', undefined],
    [{ warehouses: ['PAR', ''] }, 'warehouses', 'invalid_id', 1],
    [{ warehouses: ['PAR', 'LYO', 'PAR'] }, 'warehouses', 'duplicate', 2],
    [{ cruise: undefined }, 'cruise', 'missing', undefined],
    [{ peak: 3 }, 'peak', 'wrong_type', undefined],
    [{ peak: { absolute: 1, percent: 2, pct: 3 } }, 'peak', 'unexpected_field', undefined],
    [{ cruise: { percent: 10 } }, 'cruise.absolute', 'missing', undefined],
    [{ cruise: { absolute: '2', percent: 10 } }, 'cruise.absolute', 'wrong_type', undefined],
    [{ cruise: { absolute: -1, percent: 10 } }, 'cruise.absolute', 'out_of_range', undefined],
    [{ cruise: { absolute: 1.5, percent: 10 } }, 'cruise.absolute', 'out_of_range', undefined],
    [
      { cruise: { absolute: JSON.parse('1e400') as number, percent: 10 } },
      'cruise.absolute',
      'out_of_range',
      undefined,
    ],
    [{ peak: { absolute: 1 } }, 'peak.percent', 'missing', undefined],
    [{ peak: { absolute: 1, percent: 'Infinity' } }, 'peak.percent', 'wrong_type', undefined],
    [{ peak: { absolute: 1, percent: Number.NaN } }, 'peak.percent', 'out_of_range', undefined],
    [{ peak: { absolute: 1, percent: 100.5 } }, 'peak.percent', 'out_of_range', undefined],
    [{ peak: { absolute: 1, percent: -0.5 } }, 'peak.percent', 'out_of_range', undefined],
    [{ peak: { absolute: 1, percent: 2.125 } }, 'peak.percent', 'too_precise', undefined],
    [{ returns: true }, 'rule', 'unexpected_field', undefined],
  ])('refuses the rule patch %j: %s %s', (patch, field, reason, index) => {
    const result = validateAvailabilityPolicy(withRule(patch));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'availability/policy_invalid',
        field,
        reason,
        channel: 'amazon',
        ...(index === undefined ? {} : { index }),
      },
    });
  });

  it('accepts percentages with two decimals and the bounds', () => {
    for (const percent of [0, 0.01, 2.5, 7.07, 99.99, 100]) {
      const result = validateAvailabilityPolicy(withRule({ peak: { absolute: 0, percent } }));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.channels['amazon']?.peak.percent).toBe(percent);
    }
  });

  it('keeps a channel called __proto__ as a channel, never as a prototype', () => {
    const input: unknown = JSON.parse(
      `{"mode":"cruise","channels":{"__proto__":${JSON.stringify(rule)}}}`,
    );
    const result = validateAvailabilityPolicy(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value.channels)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.value.channels)).toBe(Object.prototype);
  });

  it('renders its error in English and French', () => {
    const result = validateAvailabilityPolicy(withRule({ warehouses: ['PAR', 'PAR'] }));
    if (result.ok) throw new Error('expected a refusal');
    expect(formatError(result.error, 'en')).toBe(
      `The availability policy's "warehouses" of channel "amazon" (position 1) repeats a warehouse. Give mode 'cruise' or 'peak' and, for at least one channel, warehouses (a non-empty list of distinct ids) and cruise and peak buffers { absolute: whole number ≥ 0, percent: 0 to 100 with at most two decimals }.`,
    );
    expect(formatError(result.error, 'fr')).toBe(
      `Dans la politique de disponibilité, « warehouses » du canal « amazon » (position 1) répète un entrepôt. Indiquez mode 'cruise' ou 'peak' et, pour au moins un canal, warehouses (une liste non vide d'identifiants distincts) et les marges cruise et peak { absolute : entier ≥ 0, percent : de 0 à 100 avec au plus deux décimales }.`,
    );
  });
});
