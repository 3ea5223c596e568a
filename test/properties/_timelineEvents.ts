// Arbitrary lists of schema-valid order events, in any order: the timeline must tell any of
// them, not only the histories `decide` makes (stored events can be partial or old).
import fc from 'fast-check';
import {
  actorKinds,
  holdReasons,
  moneyToJSON,
  orderEventTypes,
  parcelStatuses,
  returnReasons,
  type MoneyJson,
  type OrderEvent,
  type OrderEventType,
} from '../../src/index.js';
import { arbitraryMoney, arbitraryOrder } from '../../src/testing/index.js';

/** Ids: plain, tricky for plain objects (`__proto__`), or with inner spaces. */
const id = fc.oneof(
  fc.constantFrom('L1', 'L2', 'P1', 'R1', 'H1', '__proto__', 'constructor', 'a b'),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
);
const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9._-]{0,8}[a-z0-9])?$/);
const text = (max: number) => fc.string({ minLength: 1, maxLength: Math.min(max, 40) });
const count = fc.integer({ min: 1, max: 1_000_000 });
const amount: fc.Arbitrary<MoneyJson> = arbitraryMoney().map(moneyToJSON);
const units = fc.array(fc.record({ lineId: id, quantity: count }), {
  minLength: 1,
  maxLength: 8,
});
const carrier = fc.record({ code: slug, service: id }, { requiredKeys: ['code'] });
const tracking = fc.record(
  {
    number: fc.stringMatching(/^[0-9A-Za-z-]{1,20}$/),
    carrierCode: slug,
    url: fc.constantFrom('https://t.example/x?c=1', 'http://track.example.fr/'),
  },
  { requiredKeys: ['number', 'carrierCode'] },
);

/** ISO 8601 instants from year 1 to 9999, in `Z` or with an offset. */
const instant = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z') }),
    fc.constantFrom('Z', '+01:00', '-09:30', '+14:00'),
  )
  .filter(([d]) => !Number.isNaN(d.getTime()))
  .map(([d, offset]) => d.toISOString().replace('Z', offset));

const dataByType: { [T in OrderEventType]: fc.Arbitrary<unknown> } = {
  'order.captured': fc.record({ order: arbitraryOrder(), needsAcceptance: fc.boolean() }),
  'order.accepted': fc.constant({}),
  'order.refused': fc.record({
    reasonCode: fc.constantFrom('out_of_stock', 'price_error', 'fraud', 'cannot_ship', 'other'),
  }),
  'order.preparation_started': fc.record({ warehouseId: id }, { requiredKeys: [] }),
  'order.lines_allocated': fc.record({
    lines: fc.array(fc.record({ lineId: id, quantity: count, warehouseId: id }), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
  'order.lines_reallocated': fc.record({
    lines: fc.array(
      fc.record({ lineId: id, quantity: count, fromWarehouseId: id, toWarehouseId: id }),
      { minLength: 1, maxLength: 8 },
    ),
  }),
  'parcel.created': fc.record(
    { parcelId: id, lines: units, warehouseId: id, carrier },
    { requiredKeys: ['parcelId', 'lines'] },
  ),
  'parcel.shipped': fc.record({ parcelId: id, carrier, tracking }),
  'parcel.tracking_updated': fc.record(
    {
      parcelId: id,
      status: fc.constantFrom(...parcelStatuses),
      carrierStatus: text(200),
      incident: text(500),
    },
    { requiredKeys: ['parcelId', 'status'] },
  ),
  'parcel.delivered': fc.record({ parcelId: id }),
  'order.lines_cancelled': fc.record({
    lines: units,
    requestedBy: fc.constantFrom('buyer', 'seller', 'channel'),
    reasonCode: fc.constantFrom(
      'buyer_request',
      'out_of_stock',
      'channel_cancelled',
      'fraud',
      'address_unserviceable',
      'other',
    ),
  }),
  'return.requested': fc.record({
    rmaId: id,
    lines: fc.array(
      fc.record(
        {
          lineId: id,
          quantity: count,
          reason: fc.constantFrom(...returnReasons),
          channelReason: id,
        },
        { requiredKeys: ['lineId', 'quantity', 'reason'] },
      ),
      { minLength: 1, maxLength: 8 },
    ),
  }),
  'return.approved': fc.record({ rmaId: id }),
  'return.refused': fc.record({ rmaId: id }),
  'return.label_issued': fc.record({ rmaId: id, tracking }, { requiredKeys: ['rmaId'] }),
  'return.received': fc.record({ rmaId: id, lines: units }),
  'return.inspected': fc.record({
    rmaId: id,
    outcome: fc.constantFrom('restock', 'repair', 'scrap'),
  }),
  'return.resolved': fc.record({
    rmaId: id,
    resolution: fc.constantFrom('refund', 'exchange', 'repair', 'reject'),
  }),
  'return.closed': fc.record({ rmaId: id }),
  'refund.issued': fc.record(
    {
      refundId: id,
      amount,
      lines: fc.array(fc.record({ lineId: id, quantity: fc.nat(50), amount }), { maxLength: 8 }),
      shipping: amount,
    },
    { requiredKeys: ['refundId', 'amount', 'lines'] },
  ),
  'order.closed': fc.constant({}),
  'hold.placed': fc.record(
    {
      holdId: id,
      reasonCode: fc.constantFrom(...holdReasons),
      scope: fc.oneof(
        fc.constant({ kind: 'order' as const }),
        fc.record({ kind: fc.constant('line' as const), lineId: id }),
      ),
      note: text(2000),
      nextAction: text(500),
    },
    { requiredKeys: ['holdId', 'reasonCode', 'scope'] },
  ),
  'hold.released': fc.record({ holdId: id }),
  'note.added': fc.record({ text: text(2000) }),
  'erp.document_linked': fc.record({
    kind: fc.constantFrom('sale', 'delivery_note', 'invoice', 'credit_note'),
    number: id,
  }),
  'channel.status_observed': fc.record({ channel: slug, status: text(200) }),
};

const event = fc.constantFrom(...orderEventTypes).chain((type) =>
  fc.record(
    {
      type: fc.constant(type),
      orderId: fc.constant('ord_1'),
      at: instant,
      actor: fc.record({ kind: fc.constantFrom(...actorKinds), id }),
      reason: text(500),
      data: dataByType[type],
    },
    { requiredKeys: ['type', 'orderId', 'at', 'actor', 'data'] },
  ),
);

/**
 * Lists of 0 to `maxLength` schema-valid events of any type, in any order, numbered 1, 2, 3…
 * (half of them start with `order.captured`, so that line titles are known).
 */
export function arbitraryEventList(maxLength = 25): fc.Arbitrary<OrderEvent[]> {
  const list = fc.array(event, { maxLength });
  const startsWithCapture = fc
    .tuple(
      fc.record({
        type: fc.constant('order.captured' as const),
        orderId: fc.constant('ord_1'),
        at: instant,
        actor: fc.record({ kind: fc.constant('channel' as const), id }),
        data: dataByType['order.captured'],
      }),
      list,
    )
    .map(([first, rest]) => [first, ...rest]);
  return fc
    .oneof(list, startsWithCapture)
    .map((events) => events.map((e, i) => ({ ...e, seq: i + 1 }) as OrderEvent));
}
