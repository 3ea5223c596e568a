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
import {
  AddressSchema,
  BuyerSchema,
  ChannelRefSchema,
  CurrencyCodeSchema,
  LineQuantitiesSchema,
  MoneyJsonSchema,
  OrderLineSchema,
  OrderSchema,
  ParcelSchema,
  RmaSchema,
  TotalsSchema,
} from '../src/index.js';

/** The folder the schemas are written to, relative to the repository root. */
export const jsonSchemasDir = 'docs/schemas';

interface PublicSchema {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** Every public schema, by the name of its file (`<name>.json`). */
const publicSchemas: readonly PublicSchema[] = [
  {
    name: 'Order',
    schema: OrderSchema,
    meta: {
      description:
        'The canonical ordokit order. Rules JSON Schema cannot express, checked by parseOrder: unique lines[].lineId, every amount in `currency`, parcels name lines of the order. validateTotals checks that the amounts add up.',
    },
  },
  {
    name: 'OrderLine',
    schema: OrderLineSchema,
    meta: {
      description:
        'One line of an order. At least one of unitPrice and lineTotal (lineTotal = unitPrice × quantities.ordered, before the line discount).',
      anyOf: [{ required: ['unitPrice'] }, { required: ['lineTotal'] }],
    },
  },
  {
    name: 'LineQuantities',
    schema: LineQuantitiesSchema,
    meta: {
      description:
        "A line's quantities by state: cumulative counts of units, safe integers ≥ 0. Statuses are derived from them.",
    },
  },
  {
    name: 'Totals',
    schema: TotalsSchema,
    meta: {
      description:
        'The totals as the channel states them. grandTotal = products + shipping + tax − discount (prices exclude tax) or products + shipping − discount (prices include tax); tax = Σ line taxes + shippingTax; paid = grandTotal.',
    },
  },
  {
    name: 'Buyer',
    schema: BuyerSchema,
    meta: { description: 'The buyer as the channel gives it; every field is optional.' },
  },
  {
    name: 'ChannelRef',
    schema: ChannelRefSchema,
    meta: { description: 'Where an order comes from: channel, order reference, marketplace.' },
  },
  {
    name: 'Parcel',
    schema: ParcelSchema,
    meta: { description: 'A parcel: units of order lines, warehouse, carrier, tracking.' },
  },
  {
    name: 'Rma',
    schema: RmaSchema,
    meta: { description: 'A return request: units of order lines, reasons, resolution.' },
  },
  {
    name: 'Address',
    schema: AddressSchema,
    meta: { description: 'A postal address (shipping or billing); validateAddress checks it.' },
  },
  {
    name: 'MoneyJson',
    schema: MoneyJsonSchema,
    meta: {
      description:
        'An amount: plain decimal text (never a JSON number) and an ISO 4217 currency code.',
    },
  },
];

const q = LineQuantitiesSchema.shape;

/** Descriptions of single fields (only fields whose schema instance is their own). */
const fieldDescriptions: readonly (readonly [z.ZodType, string])[] = [
  [q.ordered, 'Units the buyer ordered, as captured; never changes afterwards.'],
  [q.cancelled, 'Units cancelled before shipping (buyer, seller or channel).'],
  [q.allocated, 'Units that received stock in a warehouse, including those shipped since.'],
  [q.shipped, 'Units handed over to a carrier.'],
  [q.delivered, 'Units the carrier reports as delivered.'],
  [q.returned, 'Units received back from the buyer.'],
  [q.refunded, 'Units refunded, whether cancelled or returned.'],
  [OrderSchema.shape.placedAt, 'ISO 8601 date-time with seconds and an offset or Z.'],
  [OrderLineSchema.shape.taxRate, "Tax rate as a fraction in decimal text: '0.2' is 20 %."],
];

/**
 * Generates every public JSON Schema.
 *
 * @returns file name (`Order.json`) → file text (2-space JSON, trailing newline), in a fixed order
 */
export function generateJsonSchemas(): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  for (const root of publicSchemas) {
    const registry = z.registry<Record<string, unknown>>();
    for (const [schema, description] of fieldDescriptions) registry.add(schema, { description });
    registry.add(CurrencyCodeSchema, {
      id: 'CurrencyCode',
      title: 'CurrencyCode',
      description: 'An active ISO 4217 alphabetic code, upper case.',
    });
    for (const other of publicSchemas) {
      const meta = { title: other.name, ...other.meta };
      // An `id` moves a schema to `$defs`; the root stays inline.
      registry.add(other.schema, other === root ? meta : { id: other.name, ...meta });
    }
    const json = z.toJSONSchema(root.schema, { io: 'input', metadata: registry });
    files.set(`${root.name}.json`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}
