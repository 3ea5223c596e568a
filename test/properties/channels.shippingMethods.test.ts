import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  checkShippingMethodRules,
  defaultShippingMethodRules,
  deliveryTypes,
  mapShippingMethod,
  serviceLevels,
  shippingMethodMatchKinds,
  type ShippingMethodMeaning,
  type ShippingMethodRule,
} from '../../src/index.js';

const channels = ['lengow', 'mirakl', 'amazon_sp_api'] as const;

/** Short texts from a small alphabet, so that rules often overlap. */
const text = fc.stringMatching(/^[ aAbB-]{1,5}$/).filter((s) => s.trim() !== '');

const meaning: fc.Arbitrary<ShippingMethodMeaning> = fc
  .record(
    {
      serviceLevel: fc.constantFrom(...serviceLevels),
      deliveryType: fc.constantFrom(...deliveryTypes),
    },
    { requiredKeys: [] },
  )
  .filter((m) => m.serviceLevel !== undefined || m.deliveryType !== undefined)
  // a fresh object per rule, so that `toBe` tells which rule won
  .map((m) => ({ ...m }));

const rule = (channel: fc.Arbitrary<string | undefined>): fc.Arbitrary<ShippingMethodRule> =>
  fc
    .record({
      channel,
      kind: fc.constantFrom(...shippingMethodMatchKinds),
      value: text,
      meaning,
    })
    .map(({ channel: c, kind, value, meaning: m }) => ({
      ...(c === undefined ? {} : { channel: c }),
      match: { kind, value },
      meaning: m,
    }));

const anyRule = rule(fc.option(fc.constantFrom(...channels), { nil: undefined }));

/** The test's own reading of a match: written apart from the library's. */
function oracleMatches(r: ShippingMethodRule, method: string): boolean {
  const folded = method.trim().toLowerCase();
  const wanted = r.match.value.trim().toLowerCase();
  if (r.match.kind === 'exact') return method === r.match.value;
  if (r.match.kind === 'ignore_case') return folded === wanted;
  return folded.slice(0, wanted.length) === wanted;
}

/** A method that `r` matches: its value, re-cased and padded where the kind allows it. */
const methodFor = (r: ShippingMethodRule): fc.Arbitrary<string> => {
  if (r.match.kind === 'exact') return fc.constant(r.match.value);
  const base = r.match.value.trim();
  return fc
    .record({ upper: fc.boolean(), pad: fc.constantFrom('', ' ', '  '), tail: text })
    .map(({ upper, pad, tail }) => {
      const cased = upper ? base.toUpperCase() : base.toLowerCase();
      return `${pad}${cased}${r.match.kind === 'prefix' ? tail : ''}${pad}`;
    });
};

describe('mapShippingMethod', () => {
  test.prop(
    [
      fc.array(anyRule, { maxLength: 8 }),
      fc.constantFrom(...channels),
      fc.oneof(fc.jsonValue(), fc.anything()),
    ],
    { numRuns: 1000 },
  )('never throws, whatever the method', (rules, channel, method) => {
    for (const set of [rules, defaultShippingMethodRules]) {
      const result = mapShippingMethod(set, channel, method);
      if (!result.ok) expect(result.error.code).toBe('channel/shipping_method_unknown');
      else expect(typeof method).toBe('string');
    }
  });

  test.prop(
    [
      fc.tuple(fc.array(anyRule, { minLength: 1, maxLength: 8 }), fc.nat()).chain(([rules, n]) => {
        const picked = rules[n % rules.length] as ShippingMethodRule;
        return fc.tuple(
          fc.constant(rules),
          picked.channel === undefined ? fc.constantFrom(...channels) : fc.constant(picked.channel),
          methodFor(picked),
        );
      }),
    ],
    { numRuns: 1000 },
  )(
    'maps a method a rule contains to the first matching rule’s meaning',
    ([rules, channel, method]) => {
      const own = rules.filter((r) => r.channel === channel);
      const generic = rules.filter((r) => r.channel === undefined);
      const winner = [...own, ...generic].find((r) => oracleMatches(r, method));
      expect(winner).toBeDefined();
      const result = mapShippingMethod(rules, channel, method);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toBe(winner?.meaning);
    },
  );

  test.prop(
    [
      fc
        .constantFrom(...channels)
        .chain((channel) =>
          rule(fc.constant<string | undefined>(channel)).chain((specific) =>
            fc.tuple(
              fc.constant(channel),
              fc.constant(specific),
              fc.array(
                rule(
                  fc.constantFrom<string | undefined>(
                    undefined,
                    ...channels.filter((c) => c !== channel),
                  ),
                ),
                { maxLength: 6 },
              ),
              fc.nat(),
              methodFor(specific),
            ),
          ),
        ),
    ],
    { numRuns: 1000 },
  )(
    'prefers the channel’s own rule to generic rules placed before it',
    ([channel, specific, others, at, method]) => {
      // Every other rule matches the method too, exactly, and is either generic or for another channel.
      const rivals = others.map((r) => ({
        ...r,
        match: { kind: 'exact' as const, value: method },
      }));
      const position = at % (rivals.length + 1);
      const rules = [...rivals.slice(0, position), specific, ...rivals.slice(position)];
      const result = mapShippingMethod(rules, channel, method);
      expect(result).toEqual({ ok: true, value: specific.meaning });
      if (result.ok) expect(result.value).toBe(specific.meaning);
    },
  );
});

describe('checkShippingMethodRules', () => {
  test.prop(
    [
      fc.oneof(
        fc.jsonValue(),
        fc.array(fc.oneof(anyRule, fc.jsonValue()), { maxLength: 6 }),
        fc.array(
          fc.record({ match: fc.jsonValue(), meaning: fc.jsonValue(), channel: fc.jsonValue() }),
        ),
      ),
    ],
    { numRuns: 1000 },
  )('never throws on arbitrary JSON, and accepts its own output again', (input) => {
    const result = checkShippingMethodRules(input);
    if (!result.ok) {
      expect(result.error.length).toBeGreaterThan(0);
      for (const issue of result.error) expect(issue.code).toMatch(/^channel\/shipping_rule/);
      return;
    }
    expect(result.value).toHaveLength((input as unknown[]).length);
    expect(checkShippingMethodRules(result.value)).toEqual(result);
  });
});
