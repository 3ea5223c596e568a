/**
 * The JSON Schemas of ordokit's public data shapes, generated from the zod schemas with
 * `z.toJSONSchema` (draft 2020-12). Shared by `scripts/writeJsonSchemas.ts` (which writes them
 * to docs/schemas) and `test/schemas.test.ts` (which fails when docs/schemas is stale).
 *
 * Mode `io: 'input'`: the schemas describe what callers send to `parseOrder` and friends (the
 * same as what they return: no ordokit schema transforms or defaults a value). Each file is
 * self-contained: the other public shapes it uses are in its `$defs`. Descriptions live here,
 * in a local registry, so that the library itself registers nothing on import.
 */
import { z } from 'zod';
import * as ordokit from '../src/index.js';

/** The folder the schemas are written to, relative to the repository root. */
export const jsonSchemasDir = 'docs/schemas';

/** A public schema: an export of the main entry named `<Name>Schema`, written to `<Name>.json`. */
interface PublicSchema {
  readonly name: string;
  readonly schema: z.ZodType;
}

/**
 * Every public schema of the main entry, by name: each export named `…Schema` that is a zod
 * schema. A new public schema gets its file without being listed here.
 */
export function listPublicSchemas(): readonly PublicSchema[] {
  const schemas: PublicSchema[] = [];
  for (const [exportName, value] of Object.entries(ordokit) as [string, unknown][]) {
    if (exportName.endsWith('Schema') && value instanceof z.ZodType) {
      schemas.push({ name: exportName.slice(0, -'Schema'.length), schema: value });
    }
  }
  return schemas.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Metadata of each public schema, by name (a schema without an entry has no description). */
const schemaMeta: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  Order: {
    description:
      'The canonical ordokit order. Rules JSON Schema cannot express, checked by parseOrder: unique lines[].lineId, every amount in `currency`, parcels name lines of the order. validateTotals checks that the amounts add up.',
  },
  OrderState: {
    description:
      "The state of one order, the fold of its events (replay): its status, the canonical order with current line quantities, parcels, returns, holds, refunds, ERP documents, notes and the channels' statuses. Stores keep it as the order's projection; ordokit/postgres checks it on read.",
  },
  OrderLine: {
    description:
      'One line of an order. At least one of unitPrice and lineTotal (lineTotal = unitPrice × quantities.ordered, before the line discount).',
    anyOf: [{ required: ['unitPrice'] }, { required: ['lineTotal'] }],
  },
  BundleComponent: {
    description: 'One component of a bundle line: what the warehouse picks for one unit of it.',
  },
  LineQuantities: {
    description:
      "A line's quantities by state: cumulative counts of units, safe integers ≥ 0. Statuses are derived from them.",
  },
  Totals: {
    description:
      'The totals as the channel states them. grandTotal = products + shipping + tax − discount (prices exclude tax) or products + shipping − discount (prices include tax); tax = Σ line taxes + shippingTax; paid = grandTotal.',
  },
  Effect: {
    description:
      'An outgoing effect as stored in the outbox: its kind (wms.prepare, erp.record_sale, marketplace.push_status, marketplace.push_tracking, carrier.create_label, buyer.notify, and stock.release / stock.consume, which the engine applies to its own stock store), the system that receives it (target) and the typed payload.',
  },
  StockMovement: {
    description:
      'What the stock ledger must do after an order event: release the reservations of units no longer allocated (stock.release, after a cancellation) or consume those of units shipped (stock.consume, after a parcel shipped).',
  },
  StockLine: {
    description:
      'Units of one order line the stock ledger acts on: the line, its SKU, how many units, and for a bundle the components of one unit.',
  },
  PreparationRequest: {
    description: 'What the WMS receives to prepare an order: the units to pick and where they go.',
  },
  PickLine: {
    description:
      'One line to pick: the order line, its SKU and title, how many units, bundle components.',
  },
  SaleRequest: {
    description:
      'What the ERP receives to record a sale: the canonical order; draft is true when invoicing waits for shipment.',
  },
  StatusPush: {
    description:
      'The order status a marketplace is told, with the units cancelled so far per line, why it is pushed and the channel status last observed.',
  },
  WarehouseStockLevel: {
    description:
      'Stock of one SKU in one warehouse: on hand, reserved for order lines, safety stock kept back.',
  },
  Reservation: {
    description: 'Units of one order line reserved in one warehouse, for one SKU.',
  },
  UncoveredReservation: {
    description:
      'A reservation that a stock count left without units on hand, and how many units it lacks.',
  },
  StockAdjustmentReason: {
    description:
      'Why on-hand stock was adjusted: received, returned, found, damaged, lost, transferred in or out, corrected.',
  },
  StockCommand: {
    description:
      'A stock command: reserve, release, ship, adjust, count or set the safety stock, with time and actor.',
  },
  StockEvent: {
    description:
      'A stock event (reserved, released, shipped, adjusted, counted, safety set), with time, actor and reason.',
  },
  BundleDefinition: {
    description: 'A pack SKU and the components, with their quantities, that one unit of it holds.',
  },
  ChannelActionRequest: {
    description:
      'An action asked of a channel (accept, refuse, ship, cancel, refund, deliver), whole order or by line and quantity.',
  },
  ChannelRefundLine: {
    description: 'One refunded line on a channel: the units refunded and, when known, the amount.',
  },
  ActionReceipt: {
    description: "A channel's answer to an action: done at once, or pending with a handle to poll.",
  },
  ActionResult: {
    description: 'Where a queued channel action stands: pending, done, or failed with the reason.',
  },
  TrackingPush: {
    description:
      "A parcel's tracking as a marketplace is told it, with the units the parcel carries.",
  },
  LabelRequest: {
    description: 'What a carrier receives to make the label of a parcel.',
  },
  BuyerNotification: {
    description:
      'A message the host sends to the buyer: which template, to whom, about which order.',
  },
  PreparationAck: {
    description:
      "A WMS's answer to a preparation order: the warehouse that prepares it and the WMS's reference.",
  },
  SaleAck: {
    description: "An ERP's answer to a sale: the kind and number of the document it made.",
  },
  LabelAck: {
    description:
      "A carrier's answer to a label request: the carrier service and the tracking on the label.",
  },
  TaxRounding: {
    description: 'How taxes are rounded: per line, or once per rate over the whole order.',
  },
  Buyer: { description: 'The buyer as the channel gives it; every field is optional.' },
  ChannelRef: {
    description: 'Where an order comes from: channel, order reference, marketplace.',
  },
  Parcel: { description: 'A parcel: units of order lines, warehouse, carrier, tracking.' },
  ParcelLine: { description: 'Units of one order line packed in a parcel.' },
  ParcelCarrier: { description: 'The carrier and service chosen for a parcel.' },
  ParcelTracking: { description: 'The tracking of a parcel: number, carrier, public page.' },
  ParcelDimensions: { description: 'Outer dimensions of a parcel, in whole millimetres.' },
  Rma: { description: 'A return request: units of order lines, reasons, resolution.' },
  RmaLine: { description: 'Units of one order line the buyer asks to return, and why.' },
  RmaResolution: { description: 'How a return is settled.' },
  ReturnReason: { description: 'A normalised return reason; keep the channel code apart.' },
  Address: { description: 'A postal address (shipping or billing); validateAddress checks it.' },
  MoneyJson: {
    description:
      'An amount: plain decimal text (never a JSON number) and an ISO 4217 currency code.',
  },
  DecimalString: {
    description:
      'A decimal amount as plain text (-?digits[.digits]): no exponent, no +, |value| < 10^15, at most 20 decimals.',
  },
  CurrencyCode: { description: 'An active ISO 4217 alphabetic code, upper case.' },
  OrderEvent: {
    description:
      'An order event: a past-tense fact { type, orderId, seq, at, actor, reason?, data }, discriminated by type. seq is 1-based and consecutive per order; parseOrderEvent reads it with typed issues.',
  },
  OrderCommand: {
    description:
      'A command to the order aggregate { type, at, actor, reason?, …fields }, discriminated by type; decide checks it against the order and returns events or a typed error.',
  },
  Actor: {
    description:
      'Who caused an event: a kind (system, user, channel, wms, erp, carrier, rule) and an id.',
  },
  HoldReason: { description: 'Why an order or a line is on hold.' },
};

const q = ordokit.LineQuantitiesSchema.shape;

/** Descriptions of single fields (only fields whose schema instance is their own). */
const fieldDescriptions: readonly (readonly [z.ZodType, string])[] = [
  [q.ordered, 'Units the buyer ordered, as captured; never changes afterwards.'],
  [q.cancelled, 'Units cancelled before shipping (buyer, seller or channel).'],
  [q.allocated, 'Units that received stock in a warehouse, including those shipped since.'],
  [q.shipped, 'Units handed over to a carrier.'],
  [q.delivered, 'Units the carrier reports as delivered.'],
  [q.returned, 'Units received back from the buyer.'],
  [q.refunded, 'Units refunded, whether cancelled or returned.'],
  [ordokit.OrderSchema.shape.placedAt, 'ISO 8601 date-time with seconds and an offset or Z.'],
  [ordokit.OrderLineSchema.shape.taxRate, "Tax rate as a fraction in decimal text: '0.2' is 20 %."],
];

/**
 * Generates every public JSON Schema.
 *
 * @returns file name (`Order.json`) → file text (2-space JSON, trailing newline), in a fixed order
 */
export function generateJsonSchemas(): ReadonlyMap<string, string> {
  const publicSchemas = listPublicSchemas();
  const files = new Map<string, string>();
  for (const root of publicSchemas) {
    const registry = z.registry<Record<string, unknown>>();
    for (const [schema, description] of fieldDescriptions) registry.add(schema, { description });
    for (const other of publicSchemas) {
      const meta = { title: other.name, ...schemaMeta[other.name] };
      // An `id` moves a schema to `$defs`; the root stays inline.
      registry.add(other.schema, other === root ? meta : { id: other.name, ...meta });
    }
    const json = z.toJSONSchema(root.schema, { io: 'input', metadata: registry });
    files.set(`${root.name}.json`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}
