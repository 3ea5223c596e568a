import type { ShippingMethodRule } from './shippingMethods.js';

const amazonCategory =
  'Amazon SP-API Orders v0, Order.ShipmentServiceLevelCategory (possible values: Expedited, FreeEconomy, NextDay, Priority, SameDay, SecondDay, Scheduled, Standard), read in copies of the model';

/** An Amazon shipment service level category: it says how fast, not where. */
function amazon(
  value: string,
  serviceLevel: NonNullable<ShippingMethodRule['meaning']['serviceLevel']>,
  inferred: boolean,
): ShippingMethodRule {
  return {
    channel: 'amazon_sp_api',
    match: { kind: 'exact', value },
    meaning: { serviceLevel },
    source: amazonCategory,
    confidence: inferred ? 'inferred' : 'secondary',
  };
}

/**
 * The shipping-method rules ordokit can back with documented values, each with its `source`:
 * Amazon's `ShipmentServiceLevelCategory` values (speed only; `Expedited`, `Priority` and
 * `SecondDay` are read as `express`, an inference) and Lengow's `order_types` entry
 * `is_express`. Free-text methods (Amazon `ShipServiceLevel`, Mirakl `shipping_type_code`,
 * Lengow `trackings[].method`, Shopping Feed `shipment.carrier`, ShippingBo
 * `chosen_delivery_service`, Channable `delivery_request.method`) have no documented list and
 * are left to the host's own rules; relay points arrive as ids in separate fields (Lengow
 * `relay.id`, Shopping Feed `relayId`, Mirakl `shipping_pudo_id`, ShippingBo `relay_ref`).
 *
 * @example
 * ```ts
 * const rules = [...myRules, ...defaultShippingMethodRules];
 * mapShippingMethod(rules, 'lengow', 'is_express'); // ok({ serviceLevel: 'express' })
 * ```
 */
export const defaultShippingMethodRules: readonly ShippingMethodRule[] = [
  amazon('Standard', 'standard', false),
  amazon('FreeEconomy', 'economy', false),
  amazon('Expedited', 'express', true),
  amazon('Priority', 'express', true),
  amazon('SecondDay', 'express', true),
  amazon('NextDay', 'next_day', false),
  amazon('SameDay', 'same_day', false),
  amazon('Scheduled', 'scheduled', false),
  {
    channel: 'lengow',
    match: { kind: 'exact', value: 'is_express' },
    meaning: { serviceLevel: 'express' },
    source:
      'Lengow v3 order payload, order_types[].type "is_express" (official Magento 2 plugin, channels.md §1.3)',
    confidence: 'confirmed',
  },
];
