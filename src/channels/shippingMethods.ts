import type { Confidence } from './profile.js';

/**
 * How fast a shipping method promises delivery. Amazon's shipment service level categories give
 * the list: `economy` (`FreeEconomy`), `standard`, `express` (faster than standard without a
 * fixed day: `Expedited`, `Priority`, `SecondDay`), `next_day`, `same_day`, and `scheduled`
 * (the buyer chose a delivery slot).
 */
export const serviceLevels = [
  'economy',
  'standard',
  'express',
  'next_day',
  'same_day',
  'scheduled',
] as const;

/** A shipping method's speed. See {@link serviceLevels}. */
export type ServiceLevel = (typeof serviceLevels)[number];

/**
 * Where the parcel goes: the buyer's address (`home`), a relay point (a shop that keeps parcels:
 * Mondial Relay Point Relais, Chrono Relais, GLS ParcelShop, UPS Access Point), a `locker`
 * (Mondial Relay Locker, DHL Packstation, Colissimo consigne), or the seller's or the
 * marketplace's store (`store_pickup`: click and collect, Amazon in-store pickup).
 */
export const deliveryTypes = ['home', 'relay_point', 'locker', 'store_pickup'] as const;

/** Where a shipping method delivers. See {@link deliveryTypes}. */
export type DeliveryType = (typeof deliveryTypes)[number];

/**
 * How a rule recognises a method, as plain data (never a user-supplied regular expression):
 * `exact` (the same string, case included), `ignore_case` (the same string once both are trimmed
 * and lower-cased), or `prefix` (the trimmed, lower-cased method starts with the trimmed,
 * lower-cased value).
 */
export const shippingMethodMatchKinds = ['exact', 'ignore_case', 'prefix'] as const;

/** A way of matching a method. See {@link shippingMethodMatchKinds}. */
export type ShippingMethodMatchKind = (typeof shippingMethodMatchKinds)[number];

/** What a rule looks for in the method a channel sent. */
export interface ShippingMethodMatch {
  readonly kind: ShippingMethodMatchKind;
  /** The text to compare with; never empty. */
  readonly value: string;
}

/**
 * What a shipping method means. A field is absent when the method does not say it (Amazon's
 * `NextDay` says how fast, not where): combine it then with the order's other fields (a relay
 * point id, Amazon's `IsAccessPointOrder` or `IsISPU`).
 */
export interface ShippingMethodMeaning {
  readonly serviceLevel?: ServiceLevel;
  readonly deliveryType?: DeliveryType;
}

/**
 * One line of a shipping-method mapping, as plain data a host can keep in JSON (check it with
 * `checkShippingMethodRules`).
 *
 * @example
 * ```ts
 * const rule: ShippingMethodRule = {
 *   channel: 'shoppingfeed',
 *   match: { kind: 'prefix', value: 'Mondial Relay' },
 *   meaning: { serviceLevel: 'standard', deliveryType: 'relay_point' },
 *   source: 'our Shopping Feed carrier labels',
 * };
 * ```
 */
export interface ShippingMethodRule {
  /** The channel's code (`lengow`, `amazon_sp_api`); absent when the rule applies to any channel. */
  readonly channel?: string;
  readonly match: ShippingMethodMatch;
  readonly meaning: ShippingMethodMeaning;
  /** Where the value comes from (a document, a field), so a reader can check it. */
  readonly source?: string;
  readonly confidence?: Confidence;
}
