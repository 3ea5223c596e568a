import { z } from 'zod';
import { AddressSchema } from '../address/index.js';
import {
  BuyerSchema,
  ChannelRefSchema,
  OrderSchema,
  ParcelCarrierSchema,
  ParcelLineSchema,
  ParcelTrackingSchema,
  orderStatuses,
} from '../order/index.js';

const id = () => z.string().min(1).max(128);
const code = () =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/);

/** One line to pick: the order line, what to pick, how many. */
export const PickLineSchema = z.strictObject({
  lineId: id(),
  sku: id(),
  title: z.string().min(1).max(500),
  quantity: z.int().min(1),
  /** For a bundle: the components picked for one unit of the line. */
  components: z
    .array(z.strictObject({ sku: id(), quantity: z.int().min(1) }))
    .max(100)
    .exactOptional(),
});

/** One line to pick. See {@link PickLineSchema}. */
export type PickLine = z.infer<typeof PickLineSchema>;

/** What the WMS receives to prepare an order: the units to pick and where they go. */
export const PreparationRequestSchema = z.strictObject({
  orderId: id(),
  channelRef: ChannelRefSchema,
  /** The warehouse that prepares it, when the engine knows it. */
  warehouseId: id().exactOptional(),
  lines: z.array(PickLineSchema).min(1).max(1000),
  shipTo: AddressSchema,
  buyer: BuyerSchema,
});

/** What the WMS receives to prepare an order. See {@link PreparationRequestSchema}. */
export type PreparationRequest = z.infer<typeof PreparationRequestSchema>;

/**
 * What the ERP receives to record a sale: the canonical order as captured. `draft` is true when
 * invoicing is deferred (the ERP keeps a quotation or draft invoice until the order ships).
 */
export const SaleRequestSchema = z.strictObject({
  orderId: id(),
  draft: z.boolean(),
  order: OrderSchema,
});

/** What the ERP receives to record a sale. See {@link SaleRequestSchema}. */
export type SaleRequest = z.infer<typeof SaleRequestSchema>;

/** Why the engine pushes a status to a marketplace (`StatusPush.cause`). */
export const statusPushCauses = ['accepted', 'refused', 'lines_cancelled', 'delivered'] as const;

/** Why the engine pushes a status. See {@link statusPushCauses}. */
export type StatusPushCause = (typeof statusPushCauses)[number];

/** The order status the marketplace is told, with the units cancelled so far per line. */
export const StatusPushSchema = z.strictObject({
  orderId: id(),
  channelRef: ChannelRefSchema,
  status: z.enum(orderStatuses),
  /** Units cancelled so far, per line, for channels that take partial cancellations. */
  cancelled: z.array(ParcelLineSchema).max(1000),
  /** The order's status on the channel as last observed (`syncChannelStatus`), verbatim. */
  channelStatus: z.string().min(1).max(200).exactOptional(),
  /**
   * What made the engine push: the order was accepted or refused, the seller cancelled units
   * (`lines_cancelled`, with `cancelledNow`), or it was delivered. Absent from pushes planned
   * before this field existed.
   */
  cause: z.enum(statusPushCauses).exactOptional(),
  /** With `cause: 'lines_cancelled'`: the units this cancellation covers, per line. */
  cancelledNow: z.array(ParcelLineSchema).min(1).max(1000).exactOptional(),
});

/** A status pushed to a marketplace. See {@link StatusPushSchema}. */
export type StatusPush = z.infer<typeof StatusPushSchema>;

/** A parcel's tracking, told to the marketplace with the units it carries. */
export const TrackingPushSchema = z.strictObject({
  orderId: id(),
  channelRef: ChannelRefSchema,
  parcelId: id(),
  carrier: ParcelCarrierSchema,
  tracking: ParcelTrackingSchema,
  lines: z.array(ParcelLineSchema).min(1).max(1000),
  /** The order's status on the channel as last observed (`syncChannelStatus`), verbatim. */
  channelStatus: z.string().min(1).max(200).exactOptional(),
});

/** A tracking pushed to a marketplace. See {@link TrackingPushSchema}. */
export type TrackingPush = z.infer<typeof TrackingPushSchema>;

/** What a carrier receives to make a label for a parcel. */
export const LabelRequestSchema = z.strictObject({
  orderId: id(),
  parcelId: id(),
  carrier: ParcelCarrierSchema,
  shipTo: AddressSchema,
  lines: z.array(ParcelLineSchema).min(1).max(1000),
  warehouseId: id().exactOptional(),
});

/** What a carrier receives to make a label. See {@link LabelRequestSchema}. */
export type LabelRequest = z.infer<typeof LabelRequestSchema>;

/** The messages ordokit asks the host to send to the buyer. */
export const buyerNotificationTemplates = [
  'order_confirmed',
  'order_shipped',
  'order_delivered',
  'order_cancelled',
] as const;

/** What the Notifier receives: which message, to whom, about which order. */
export const BuyerNotificationSchema = z.strictObject({
  orderId: id(),
  channelRef: ChannelRefSchema,
  template: z.enum(buyerNotificationTemplates),
  buyer: BuyerSchema,
  /** The tracking of the parcel the message is about (`order_shipped`). */
  tracking: ParcelTrackingSchema.exactOptional(),
});

/** A message to the buyer. See {@link BuyerNotificationSchema}. */
export type BuyerNotification = z.infer<typeof BuyerNotificationSchema>;

/** Units of one order line the stock ledger must act on; a bundle line carries its components. */
export const StockLineSchema = z.strictObject({
  lineId: id(),
  /** The line's SKU (a bundle's own SKU when `components` is given). */
  sku: id(),
  /** Units of the line, at least 1. */
  quantity: z.int().min(1),
  /** For a bundle: the components of one unit of the line. */
  components: z
    .array(z.strictObject({ sku: id(), quantity: z.int().min(1) }))
    .max(100)
    .exactOptional(),
});

/** Units of one order line for the stock ledger. See {@link StockLineSchema}. */
export type StockLine = z.infer<typeof StockLineSchema>;

/**
 * What the stock ledger must do after an order event: give back the reservations of units that
 * stopped being allocated (`stock.release`, after a cancellation), or consume the reservations
 * of units that left a warehouse (`stock.consume`, after a parcel shipped).
 */
export const StockMovementSchema = z.strictObject({
  orderId: id(),
  lines: z.array(StockLineSchema).min(1).max(1000),
  /** The warehouse the units are taken from first (the parcel's, for `stock.consume`). */
  warehouseId: id().exactOptional(),
  /** The parcel that shipped (`stock.consume`). */
  parcelId: id().exactOptional(),
});

/** A movement of the stock ledger caused by an order event. See {@link StockMovementSchema}. */
export type StockMovement = z.infer<typeof StockMovementSchema>;

function effect<const K extends string, P extends z.ZodType>(kind: K, payload: P) {
  return z.strictObject({
    kind: z.literal(kind),
    /** The system that receives it: a channel code, a WMS, ERP or carrier code, `buyer`. */
    target: code(),
    payload,
  });
}

/**
 * An outgoing effect: what one connector call must carry, stored in the outbox as plain data.
 *
 * - `wms.prepare` → `WmsConnector.prepare` (after acceptance)
 * - `erp.record_sale` → `ErpConnector.recordSale` (after acceptance; `draft` when invoicing is deferred)
 * - `marketplace.push_status` → `MarketplaceConnector.pushStatus` (status changes the channel must know)
 * - `marketplace.push_tracking` → `MarketplaceConnector.pushTracking` (a parcel shipped)
 * - `carrier.create_label` → `CarrierConnector.createLabel` (a parcel packed without tracking)
 * - `buyer.notify` → `Notifier.notifyBuyer`
 * - `stock.release` → the engine's own `StockStore` (reservations of cancelled units given back)
 * - `stock.consume` → the engine's own `StockStore` (reservations of shipped units consumed)
 */
export const EffectSchema = z.discriminatedUnion('kind', [
  effect('wms.prepare', PreparationRequestSchema),
  effect('erp.record_sale', SaleRequestSchema),
  effect('marketplace.push_status', StatusPushSchema),
  effect('marketplace.push_tracking', TrackingPushSchema),
  effect('carrier.create_label', LabelRequestSchema),
  effect('buyer.notify', BuyerNotificationSchema),
  effect('stock.release', StockMovementSchema),
  effect('stock.consume', StockMovementSchema),
]);

/** An outgoing effect. See {@link EffectSchema}. */
export type Effect = z.infer<typeof EffectSchema>;

/** The kind of an effect: `'wms.prepare'`, `'buyer.notify'`… */
export type EffectKind = Effect['kind'];

/** Every effect kind. */
export const effectKinds: readonly EffectKind[] = EffectSchema.options.map(
  (o) => o.shape.kind.value,
);
