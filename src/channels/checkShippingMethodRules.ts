import { err, ok, type Result } from '../result/index.js';
import { coversShippingMethodMatch } from './_internal/matchShippingMethod.js';
import type { ShippingRuleIssue } from './errors.js';
import type { Confidence } from './profile.js';
import {
  deliveryTypes,
  serviceLevels,
  shippingMethodMatchKinds,
  type DeliveryType,
  type ServiceLevel,
  type ShippingMethodMatchKind,
  type ShippingMethodRule,
} from './shippingMethods.js';
import { describeKind } from './_internal/describeKind.js';

const confidences: readonly Confidence[] = ['confirmed', 'secondary', 'inferred', 'unknown'];

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of a JSON object (never one inherited from its prototype). */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Reads one rule; pushes its issues and returns it only when it has none. */
function readRule(
  value: unknown,
  index: number,
  issues: ShippingRuleIssue[],
): ShippingMethodRule | undefined {
  const before = issues.length;
  const malformed = (field: string, expected: 'object' | 'non_empty_string') => {
    issues.push({ code: 'channel/shipping_rule_malformed', index, field, expected });
  };
  if (!isFields(value)) {
    malformed('rule', 'object');
    return undefined;
  }
  const optionalText = (key: string): string | undefined => {
    const text = own(value, key);
    if (text === undefined) return undefined;
    if (typeof text !== 'string' || text.trim() === '') malformed(key, 'non_empty_string');
    return typeof text === 'string' ? text : undefined;
  };
  const channel = optionalText('channel');
  const source = optionalText('source');

  const match = own(value, 'match');
  let kind: ShippingMethodMatchKind | undefined;
  let matchValue: string | undefined;
  if (!isFields(match)) malformed('match', 'object');
  else {
    const k = own(match, 'kind');
    if (typeof k !== 'string') malformed('match.kind', 'non_empty_string');
    else if (isOneOf(shippingMethodMatchKinds, k)) kind = k;
    else {
      issues.push({
        code: 'channel/shipping_rule_unknown_match_kind',
        index,
        kind: k,
        known: [...shippingMethodMatchKinds],
      });
    }
    const v = own(match, 'value');
    if (typeof v !== 'string') malformed('match.value', 'non_empty_string');
    else if (v.trim() === '') issues.push({ code: 'channel/shipping_rule_empty_match', index });
    else matchValue = v;
  }

  const meaning = own(value, 'meaning');
  let serviceLevel: ServiceLevel | undefined;
  let deliveryType: DeliveryType | undefined;
  if (!isFields(meaning)) malformed('meaning', 'object');
  else {
    const level = own(meaning, 'serviceLevel');
    const type = own(meaning, 'deliveryType');
    if (level !== undefined) {
      if (typeof level !== 'string') malformed('meaning.serviceLevel', 'non_empty_string');
      else if (isOneOf(serviceLevels, level)) serviceLevel = level;
      else {
        issues.push({
          code: 'channel/shipping_rule_unknown_service_level',
          index,
          serviceLevel: level,
          known: [...serviceLevels],
        });
      }
    }
    if (type !== undefined) {
      if (typeof type !== 'string') malformed('meaning.deliveryType', 'non_empty_string');
      else if (isOneOf(deliveryTypes, type)) deliveryType = type;
      else {
        issues.push({
          code: 'channel/shipping_rule_unknown_delivery_type',
          index,
          deliveryType: type,
          known: [...deliveryTypes],
        });
      }
    }
    if (level === undefined && type === undefined) {
      issues.push({ code: 'channel/shipping_rule_empty_meaning', index });
    }
  }

  const confidence = own(value, 'confidence');
  if (confidence !== undefined) {
    if (typeof confidence !== 'string') malformed('confidence', 'non_empty_string');
    else if (!isOneOf(confidences, confidence)) {
      issues.push({
        code: 'channel/shipping_rule_unknown_confidence',
        index,
        confidence,
        known: [...confidences],
      });
    }
  }

  if (issues.length > before || kind === undefined || matchValue === undefined) return undefined;
  return {
    ...(channel === undefined ? {} : { channel }),
    match: { kind, value: matchValue },
    meaning: {
      ...(serviceLevel === undefined ? {} : { serviceLevel }),
      ...(deliveryType === undefined ? {} : { deliveryType }),
    },
    ...(source === undefined ? {} : { source }),
    ...(confidence === undefined ? {} : { confidence: confidence as Confidence }),
  };
}

/**
 * Checks shipping-method rules a host supplies (from JSON, a settings screen) and returns them
 * as typed, fresh rules, or every issue found: a rule that is not an object, a field of the wrong
 * type, an empty match, an unknown match kind, service level, delivery type or confidence, a
 * rule with no meaning, and a rule that can never apply because an earlier rule for the same
 * channels matches every method it matches. Never throws, whatever it is given.
 *
 * @param rules - the rules as loaded (untrusted)
 * @returns the rules, or the issues (each with the rule's `index`)
 * @example
 * ```ts
 * checkShippingMethodRules(JSON.parse('[{"match":{"kind":"prefix","value":"Mondial Relay"},' +
 *   '"meaning":{"deliveryType":"relay_point"}}]'));
 * // ok([{ match: { kind: 'prefix', value: 'Mondial Relay' }, meaning: { deliveryType: 'relay_point' } }])
 * checkShippingMethodRules([{ match: { kind: 'exact', value: '' }, meaning: { serviceLevel: 'fast' } }]);
 * // err([{ code: 'channel/shipping_rule_empty_match', index: 0 },
 * //      { code: 'channel/shipping_rule_unknown_service_level', index: 0, serviceLevel: 'fast', … }])
 * ```
 */
export function checkShippingMethodRules(
  rules: unknown,
): Result<readonly ShippingMethodRule[], readonly ShippingRuleIssue[]> {
  if (!Array.isArray(rules)) {
    return err([
      {
        code: 'channel/shipping_rules_not_a_list',
        received: describeKind(rules),
      },
    ]);
  }
  const issues: ShippingRuleIssue[] = [];
  const checked: { readonly index: number; readonly rule: ShippingMethodRule }[] = [];
  (rules as readonly unknown[]).forEach((value, index) => {
    const rule = readRule(value, index, issues);
    if (rule === undefined) return;
    const winner = checked.find(
      (earlier) =>
        earlier.rule.channel === rule.channel &&
        coversShippingMethodMatch(earlier.rule.match, rule.match),
    );
    if (winner !== undefined) {
      issues.push({ code: 'channel/shipping_rule_shadowed', index, by: winner.index });
    }
    checked.push({ index, rule });
  });
  return issues.length > 0 ? err(issues) : ok(checked.map((c) => c.rule));
}
