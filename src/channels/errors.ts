import type { OrderIssue } from '../order/index.js';
import type { ChannelAction } from './profile.js';

/** A channel sent a status its profile does not know: the order is held rather than guessed. */
export interface ChannelStatusUnknown {
  readonly code: 'channel/status_unknown';
  readonly channel: string;
  /** The status as received, or a description when it is not a string. */
  readonly status: string;
  /** The statuses the profile knows, for the message. */
  readonly known: readonly string[];
}

/** The channel has no way to do this action (Channable has no refund, Iziflux no cancel…). */
export interface ChannelActionUnsupported {
  readonly code: 'channel/action_unsupported';
  readonly channel: string;
  readonly action: ChannelAction;
}

/** The channel does this action, but not while the order is at this channel status. */
export interface ChannelActionNotAllowed {
  readonly code: 'channel/action_not_allowed';
  readonly channel: string;
  readonly action: ChannelAction;
  readonly status: string;
  /** The statuses at which the channel accepts the action. */
  readonly allowedAt: readonly string[];
}

/**
 * A channel payload lacks a field the mapper needs, or gives it with the wrong type or value
 * (`fromLengowOrder`…). Short descriptions, no prose: `path` `packages[0].cart[1].amount`,
 * `expected` `decimal amount`, `received` `string "abc"`.
 */
export interface ChannelPayloadInvalid {
  readonly code: 'channel/payload_invalid';
  /** The channel whose payload it is: `lengow`. */
  readonly channel: string;
  /** Where in the payload, dotted with indexes; `''` for the payload itself. */
  readonly path: string;
  /** What the mapper expected there. */
  readonly expected: string;
  /** What it found: `missing`, a type, or a short excerpt of the value. */
  readonly received: string;
}

/**
 * What a payload mapper returns on failure: the payload's own problems, or the issues of
 * `parseOrder` on the order it mapped (passed through unchanged, with their paths in the
 * canonical order).
 */
export type ChannelPayloadIssue = ChannelPayloadInvalid | OrderIssue;

/** A channel sent a shipping method that no rule of the mapping recognises. */
export interface ChannelShippingMethodUnknown {
  readonly code: 'channel/shipping_method_unknown';
  readonly channel: string;
  /** The method as received, or a description when it is not a string. */
  readonly method: string;
}

/** Shipping-method rules loaded by a host are not a list. */
export interface ShippingRulesNotAList {
  readonly code: 'channel/shipping_rules_not_a_list';
  /** What was received instead (`an object`, `null`…). */
  readonly received: string;
}

/** A shipping-method rule, or one of its fields, has the wrong shape or type. */
export interface ShippingRuleMalformed {
  readonly code: 'channel/shipping_rule_malformed';
  readonly index: number;
  /** The field at fault (`match.value`, `channel`…), or `rule` for the whole rule. */
  readonly field: string;
  /** What the field must be. */
  readonly expected: 'object' | 'non_empty_string';
}

/** A shipping-method rule matches on an empty (or blank) text. */
export interface ShippingRuleEmptyMatch {
  readonly code: 'channel/shipping_rule_empty_match';
  readonly index: number;
}

/** A shipping-method rule matches in a way ordokit does not know. */
export interface ShippingRuleUnknownMatchKind {
  readonly code: 'channel/shipping_rule_unknown_match_kind';
  readonly index: number;
  readonly kind: string;
  readonly known: readonly string[];
}

/** A shipping-method rule names a service level ordokit does not know. */
export interface ShippingRuleUnknownServiceLevel {
  readonly code: 'channel/shipping_rule_unknown_service_level';
  readonly index: number;
  readonly serviceLevel: string;
  readonly known: readonly string[];
}

/** A shipping-method rule names a delivery type ordokit does not know. */
export interface ShippingRuleUnknownDeliveryType {
  readonly code: 'channel/shipping_rule_unknown_delivery_type';
  readonly index: number;
  readonly deliveryType: string;
  readonly known: readonly string[];
}

/** A shipping-method rule says neither a service level nor a delivery type. */
export interface ShippingRuleEmptyMeaning {
  readonly code: 'channel/shipping_rule_empty_meaning';
  readonly index: number;
}

/** A shipping-method rule names a confidence ordokit does not know. */
export interface ShippingRuleUnknownConfidence {
  readonly code: 'channel/shipping_rule_unknown_confidence';
  readonly index: number;
  readonly confidence: string;
  readonly known: readonly string[];
}

/** An earlier rule for the same channels matches every method this rule matches: it never applies. */
export interface ShippingRuleShadowed {
  readonly code: 'channel/shipping_rule_shadowed';
  readonly index: number;
  /** The index of the earlier rule that wins. */
  readonly by: number;
}

/** A problem in shipping-method rules supplied by a host (`checkShippingMethodRules`). */
export type ShippingRuleIssue =
  | ShippingRulesNotAList
  | ShippingRuleMalformed
  | ShippingRuleEmptyMatch
  | ShippingRuleUnknownMatchKind
  | ShippingRuleUnknownServiceLevel
  | ShippingRuleUnknownDeliveryType
  | ShippingRuleEmptyMeaning
  | ShippingRuleUnknownConfidence
  | ShippingRuleShadowed;

/** Every error of the channels module. */
export type ChannelError =
  | ChannelStatusUnknown
  | ChannelActionUnsupported
  | ChannelActionNotAllowed
  | ChannelPayloadInvalid
  | ChannelShippingMethodUnknown
  | ShippingRuleIssue;
