import { describe, expect, it } from 'vitest';
import {
  checkShippingMethodRules,
  defaultShippingMethodRules,
  formatError,
  mapShippingMethod,
  type ShippingMethodRule,
} from '../../src/index.js';

const rules: readonly ShippingMethodRule[] = [
  {
    match: { kind: 'prefix', value: 'Mondial Relay' },
    meaning: { serviceLevel: 'standard', deliveryType: 'relay_point' },
  },
  {
    channel: 'shoppingfeed',
    match: { kind: 'ignore_case', value: 'mondial relay locker' },
    meaning: { serviceLevel: 'standard', deliveryType: 'locker' },
  },
  {
    channel: 'shoppingfeed',
    match: { kind: 'exact', value: 'Chrono 13' },
    meaning: { serviceLevel: 'next_day', deliveryType: 'home' },
  },
  { match: { kind: 'exact', value: 'Chrono 13' }, meaning: { serviceLevel: 'express' } },
];

describe('mapShippingMethod', () => {
  it('reads the documented Amazon categories and the Lengow express order type', () => {
    const amazon = (method: string) =>
      mapShippingMethod(defaultShippingMethodRules, 'amazon_sp_api', method);
    expect(amazon('Standard')).toEqual({ ok: true, value: { serviceLevel: 'standard' } });
    expect(amazon('FreeEconomy')).toEqual({ ok: true, value: { serviceLevel: 'economy' } });
    expect(amazon('Expedited')).toEqual({ ok: true, value: { serviceLevel: 'express' } });
    expect(amazon('Priority')).toEqual({ ok: true, value: { serviceLevel: 'express' } });
    expect(amazon('SecondDay')).toEqual({ ok: true, value: { serviceLevel: 'express' } });
    expect(amazon('NextDay')).toEqual({ ok: true, value: { serviceLevel: 'next_day' } });
    expect(amazon('SameDay')).toEqual({ ok: true, value: { serviceLevel: 'same_day' } });
    expect(amazon('Scheduled')).toEqual({ ok: true, value: { serviceLevel: 'scheduled' } });
    expect(mapShippingMethod(defaultShippingMethodRules, 'lengow', 'is_express')).toEqual({
      ok: true,
      value: { serviceLevel: 'express' },
    });
  });

  it('keeps the default rules to their channel and their exact spelling', () => {
    expect(mapShippingMethod(defaultShippingMethodRules, 'mirakl', 'NextDay')).toEqual({
      ok: false,
      error: { code: 'channel/shipping_method_unknown', channel: 'mirakl', method: 'NextDay' },
    });
    expect(mapShippingMethod(defaultShippingMethodRules, 'amazon_sp_api', 'nextday').ok).toBe(
      false,
    );
    expect(mapShippingMethod(defaultShippingMethodRules, 'lengow', 'is_prime').ok).toBe(false);
  });

  it('matches a prefix ignoring case and surrounding spaces', () => {
    expect(mapShippingMethod(rules, 'lengow', '  MONDIAL RELAY - Point Relais ')).toEqual({
      ok: true,
      value: { serviceLevel: 'standard', deliveryType: 'relay_point' },
    });
    expect(mapShippingMethod(rules, 'lengow', 'Relay Mondial').ok).toBe(false);
  });

  it('tries the channel’s own rules before generic ones, whatever their order', () => {
    // The generic prefix rule comes first, but Shopping Feed's own rule wins for Shopping Feed.
    expect(mapShippingMethod(rules, 'shoppingfeed', 'Mondial Relay Locker')).toEqual({
      ok: true,
      value: { serviceLevel: 'standard', deliveryType: 'locker' },
    });
    expect(mapShippingMethod(rules, 'lengow', 'Mondial Relay Locker')).toEqual({
      ok: true,
      value: { serviceLevel: 'standard', deliveryType: 'relay_point' },
    });
    expect(mapShippingMethod(rules, 'shoppingfeed', 'Chrono 13')).toEqual({
      ok: true,
      value: { serviceLevel: 'next_day', deliveryType: 'home' },
    });
    expect(mapShippingMethod(rules, 'beezup', 'Chrono 13')).toEqual({
      ok: true,
      value: { serviceLevel: 'express' },
    });
  });

  it('keeps exact matches case-sensitive', () => {
    expect(mapShippingMethod(rules, 'beezup', 'chrono 13')).toEqual({
      ok: false,
      error: { code: 'channel/shipping_method_unknown', channel: 'beezup', method: 'chrono 13' },
    });
  });

  it('describes a method that is not a string instead of throwing', () => {
    const cases: readonly (readonly [unknown, string])[] = [
      [86, 'a number'],
      [null, 'null'],
      [undefined, 'undefined'],
      [true, 'a boolean'],
      [['Mondial Relay'], 'an array'],
      [{ method: 'Mondial Relay' }, 'an object'],
    ];
    for (const [method, described] of cases) {
      expect(mapShippingMethod(rules, 'lengow', method)).toEqual({
        ok: false,
        error: { code: 'channel/shipping_method_unknown', channel: 'lengow', method: described },
      });
    }
  });

  it('renders the unknown-method error in English and French', () => {
    const error = {
      code: 'channel/shipping_method_unknown',
      channel: 'mirakl',
      method: 'STD-FR',
    } as const;
    expect(formatError(error, 'en')).toBe(
      'mirakl sent the shipping method "STD-FR", which no shipping-method rule recognises. Add a rule for it (channel, match, service level and delivery type), then map the order again.',
    );
    expect(formatError(error, 'fr')).toContain('« STD-FR »');
  });
});

describe('defaultShippingMethodRules', () => {
  it('pass their own check, each with a source and a confidence', () => {
    expect(checkShippingMethodRules(defaultShippingMethodRules)).toEqual({
      ok: true,
      value: defaultShippingMethodRules,
    });
    for (const rule of defaultShippingMethodRules) {
      expect(rule.source?.length ?? 0).toBeGreaterThan(10);
      expect(rule.confidence).toBeDefined();
    }
    expect(defaultShippingMethodRules).toHaveLength(9);
  });
});

describe('checkShippingMethodRules', () => {
  it('accepts rules read from JSON and returns fresh, typed copies', () => {
    const json =
      '[{"channel":"shoppingfeed","match":{"kind":"prefix","value":"Mondial Relay"},' +
      '"meaning":{"deliveryType":"relay_point"},"source":"our labels","confidence":"inferred"},' +
      '{"match":{"kind":"ignore_case","value":"colissimo"},"meaning":{"serviceLevel":"standard","deliveryType":"home"}}]';
    const input: unknown = JSON.parse(json);
    const result = checkShippingMethodRules(input);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          channel: 'shoppingfeed',
          match: { kind: 'prefix', value: 'Mondial Relay' },
          meaning: { deliveryType: 'relay_point' },
          source: 'our labels',
          confidence: 'inferred',
        },
        {
          match: { kind: 'ignore_case', value: 'colissimo' },
          meaning: { serviceLevel: 'standard', deliveryType: 'home' },
        },
      ],
    });
    expect(result.ok && result.value[0]).not.toBe((input as unknown[])[0]);
  });

  it('reports a value that is not a list', () => {
    expect(checkShippingMethodRules({ rules: [] })).toEqual({
      ok: false,
      error: [{ code: 'channel/shipping_rules_not_a_list', received: 'an object' }],
    });
    expect(checkShippingMethodRules(null)).toEqual({
      ok: false,
      error: [{ code: 'channel/shipping_rules_not_a_list', received: 'null' }],
    });
    expect(checkShippingMethodRules([])).toEqual({ ok: true, value: [] });
  });

  it('reports every issue of every rule, with its index', () => {
    const result = checkShippingMethodRules([
      'Mondial Relay',
      { match: { kind: 'exact', value: '  ' }, meaning: { serviceLevel: 'fast' } },
      { match: { kind: 'regex', value: '^Chrono' }, meaning: { deliveryType: 'drone' } },
      { channel: '', match: { kind: 'exact', value: 'x' }, meaning: {}, confidence: 'sure' },
      { match: 'Chrono 13', meaning: { serviceLevel: 3, deliveryType: 'home' }, source: 7 },
    ]);
    expect(result).toEqual({
      ok: false,
      error: [
        { code: 'channel/shipping_rule_malformed', index: 0, field: 'rule', expected: 'object' },
        { code: 'channel/shipping_rule_empty_match', index: 1 },
        {
          code: 'channel/shipping_rule_unknown_service_level',
          index: 1,
          serviceLevel: 'fast',
          known: ['economy', 'standard', 'express', 'next_day', 'same_day', 'scheduled'],
        },
        {
          code: 'channel/shipping_rule_unknown_match_kind',
          index: 2,
          kind: 'regex',
          known: ['exact', 'ignore_case', 'prefix'],
        },
        {
          code: 'channel/shipping_rule_unknown_delivery_type',
          index: 2,
          deliveryType: 'drone',
          known: ['home', 'relay_point', 'locker', 'store_pickup'],
        },
        {
          code: 'channel/shipping_rule_malformed',
          index: 3,
          field: 'channel',
          expected: 'non_empty_string',
        },
        { code: 'channel/shipping_rule_empty_meaning', index: 3 },
        {
          code: 'channel/shipping_rule_unknown_confidence',
          index: 3,
          confidence: 'sure',
          known: ['confirmed', 'secondary', 'inferred', 'unknown'],
        },
        {
          code: 'channel/shipping_rule_malformed',
          index: 4,
          field: 'source',
          expected: 'non_empty_string',
        },
        { code: 'channel/shipping_rule_malformed', index: 4, field: 'match', expected: 'object' },
        {
          code: 'channel/shipping_rule_malformed',
          index: 4,
          field: 'meaning.serviceLevel',
          expected: 'non_empty_string',
        },
      ],
    });
  });

  it('ignores inherited fields: a rule whose fields come from __proto__ is malformed', () => {
    const input: unknown = JSON.parse(
      '[{"__proto__":{"match":{"kind":"exact","value":"x"},"meaning":{"serviceLevel":"standard"}}}]',
    );
    const result = checkShippingMethodRules(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual([
      'channel/shipping_rule_malformed',
      'channel/shipping_rule_malformed',
    ]);
  });

  it('reports a rule an earlier rule for the same channels always beats', () => {
    const rule = (match: ShippingMethodRule['match'], channel?: string): ShippingMethodRule => ({
      ...(channel === undefined ? {} : { channel }),
      match,
      meaning: { serviceLevel: 'standard' },
    });
    const result = checkShippingMethodRules([
      rule({ kind: 'prefix', value: 'Colissimo' }), // 0
      rule({ kind: 'exact', value: 'Colissimo Relais' }), // 1: shadowed by 0
      rule({ kind: 'ignore_case', value: 'COLISSIMO' }), // 2: shadowed by 0
      rule({ kind: 'prefix', value: 'colissimo expert' }), // 3: shadowed by 0
      rule({ kind: 'exact', value: 'Colissimo Relais' }, 'lengow'), // 4: other channels, kept
      rule({ kind: 'exact', value: 'Chrono 13' }), // 5
      rule({ kind: 'ignore_case', value: 'chrono 13' }), // 6: exact does not cover other cases
      rule({ kind: 'exact', value: 'chrono 13' }), // 7: shadowed by 6
      rule({ kind: 'prefix', value: 'Chrono' }), // 8: a prefix is wider than 6
    ]);
    expect(result).toEqual({
      ok: false,
      error: [
        { code: 'channel/shipping_rule_shadowed', index: 1, by: 0 },
        { code: 'channel/shipping_rule_shadowed', index: 2, by: 0 },
        { code: 'channel/shipping_rule_shadowed', index: 3, by: 0 },
        { code: 'channel/shipping_rule_shadowed', index: 7, by: 6 },
      ],
    });
  });

  it('renders rule issues in English and French', () => {
    const issue = { code: 'channel/shipping_rule_shadowed', index: 3, by: 1 } as const;
    expect(formatError(issue, 'en')).toBe(
      'Shipping-method rule 3 never applies: rule 1, earlier and for the same channels, matches every method it matches. Move it before rule 1, or remove it.',
    );
    const malformed = {
      code: 'channel/shipping_rule_malformed',
      index: 0,
      field: 'match.value',
      expected: 'non_empty_string',
    } as const;
    expect(formatError(malformed, 'fr')).toBe(
      'Règle de mode de livraison 0 : « match.value » doit être un texte non vide. Corrigez la règle.',
    );
  });
});
