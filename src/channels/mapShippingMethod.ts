import { err, ok, type Result } from '../result/index.js';
import { matchesShippingMethod } from './_internal/matchShippingMethod.js';
import type { ChannelShippingMethodUnknown } from './errors.js';
import type { ShippingMethodMeaning, ShippingMethodRule } from './shippingMethods.js';
import { describeKind } from './_internal/describeKind.js';

/** The first rule, among `rules`, for which `applies` holds and whose match accepts `method`. */
function findRule(
  rules: readonly ShippingMethodRule[],
  method: string,
  applies: (rule: ShippingMethodRule) => boolean,
): ShippingMethodRule | undefined {
  return rules.find((rule) => applies(rule) && matchesShippingMethod(rule.match, method));
}

/**
 * What a shipping method received from a channel means: its service level and delivery type.
 * Rules naming this channel are tried first, in their order; then rules for any channel, in
 * their order; the first that matches wins. A method no rule matches (or a value that is not a
 * string) is an error, so the caller can ask a person instead of guessing. Never throws.
 *
 * @param rules - the mapping (`defaultShippingMethodRules`, or rules checked with
 *   `checkShippingMethodRules`)
 * @param channel - the channel's code (`amazon_sp_api`, `lengow`)
 * @param method - the method as received (untrusted)
 * @returns the meaning of the first matching rule, or `channel/shipping_method_unknown`
 * @example
 * ```ts
 * mapShippingMethod(defaultShippingMethodRules, 'amazon_sp_api', 'NextDay');
 * // ok({ serviceLevel: 'next_day' })
 * mapShippingMethod(defaultShippingMethodRules, 'amazon_sp_api', 'Teleport');
 * // err({ code: 'channel/shipping_method_unknown', channel: 'amazon_sp_api', method: 'Teleport' })
 * ```
 */
export function mapShippingMethod(
  rules: readonly ShippingMethodRule[],
  channel: string,
  method: unknown,
): Result<ShippingMethodMeaning, ChannelShippingMethodUnknown> {
  if (typeof method === 'string') {
    const rule =
      findRule(rules, method, (r) => r.channel === channel) ??
      findRule(rules, method, (r) => r.channel === undefined);
    if (rule !== undefined) return ok(rule.meaning);
  }
  return err({
    code: 'channel/shipping_method_unknown',
    channel,
    method: typeof method === 'string' ? method : describeKind(method),
  });
}
