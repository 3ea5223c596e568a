// The story the timeline tests tell: hand-written events, each checked against the schema.
import { OrderEventSchema, OrderSchema, type Actor, type OrderEvent } from '../../src/index.js';
import { eur, exclusiveOrder } from './_fixtures.js';

// Expected French text is written with `~` for the no-break space French typography puts
// before `:` and `;`, inside « » and before the currency sign.
export const nb = (text: string): string => text.replaceAll('~', '\u00a0');

export const amazon: Actor = { kind: 'channel', id: 'amazon' };
export const operator: Actor = { kind: 'user', id: 'u-42' };
export const wms: Actor = { kind: 'wms', id: 'wms-1' };
export const carrier: Actor = { kind: 'carrier', id: 'colissimo' };
export const system: Actor = { kind: 'system', id: 'ordokit' };

/** An event without its envelope's orderId and seq. */
export interface Draft {
  readonly type: OrderEvent['type'];
  readonly at: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly data: unknown;
}

/** Numbers the drafts 1, 2, 3… and checks each against the event schema. */
export function history(...drafts: readonly Draft[]): OrderEvent[] {
  return drafts.map((d, i) => OrderEventSchema.parse({ ...d, orderId: 'ord_0001', seq: i + 1 }));
}

export const captured = (needsAcceptance = true): Draft => ({
  type: 'order.captured',
  at: '2025-03-01T08:30:00Z',
  actor: amazon,
  data: { order: OrderSchema.parse(exclusiveOrder()), needsAcceptance },
});

export const trackingUrl = 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901';

// capture → accept → hold placed → released → preparation → parcel → shipped with tracking →
// delivered → partial return → refund → closed. The order: 2 × Red mug (L1), 1 × Green tea
// (L2), 64.00 EUR paid.
export const story = history(
  captured(),
  { type: 'order.accepted', at: '2025-03-01T08:45:00Z', actor: operator, data: {} },
  {
    type: 'hold.placed',
    at: '2025-03-01T08:45:05Z',
    actor: { kind: 'rule', id: 'phone-check' },
    data: {
      holdId: 'H1',
      reasonCode: 'phone_missing',
      scope: { kind: 'order' },
      note: 'No phone number for the carrier',
      nextAction: 'Ask the buyer for a phone number',
    },
  },
  {
    type: 'hold.released',
    at: '2025-03-01T10:12:00Z',
    actor: operator,
    reason: 'Buyer gave 06 12 34 56 78',
    data: { holdId: 'H1' },
  },
  {
    type: 'order.preparation_started',
    at: '2025-03-01T13:00:00Z',
    actor: wms,
    data: { warehouseId: 'WH1' },
  },
  {
    type: 'order.lines_allocated',
    at: '2025-03-01T13:00:00Z',
    actor: wms,
    data: {
      lines: [
        { lineId: 'L1', quantity: 2, warehouseId: 'WH1' },
        { lineId: 'L2', quantity: 1, warehouseId: 'WH1' },
      ],
    },
  },
  {
    type: 'parcel.created',
    at: '2025-03-01T15:20:00Z',
    actor: wms,
    data: {
      parcelId: 'P1',
      lines: [
        { lineId: 'L1', quantity: 2 },
        { lineId: 'L2', quantity: 1 },
      ],
      warehouseId: 'WH1',
      carrier: { code: 'colissimo', service: 'DOM' },
    },
  },
  {
    type: 'parcel.shipped',
    at: '2025-03-01T17:05:00Z',
    actor: wms,
    data: {
      parcelId: 'P1',
      carrier: { code: 'colissimo', service: 'DOM' },
      tracking: { number: '6A12345678901', carrierCode: 'colissimo', url: trackingUrl },
    },
  },
  {
    type: 'channel.status_observed',
    at: '2025-03-01T17:06:00Z',
    actor: amazon,
    data: { channel: 'amazon', status: 'Shipped' },
  },
  {
    type: 'parcel.tracking_updated',
    at: '2025-03-03T07:40:00Z',
    actor: carrier,
    data: { parcelId: 'P1', status: 'out_for_delivery', carrierStatus: 'En cours de livraison' },
  },
  {
    type: 'parcel.delivered',
    at: '2025-03-03T11:02:00Z',
    actor: carrier,
    data: { parcelId: 'P1' },
  },
  {
    type: 'return.requested',
    at: '2025-03-05T09:00:00Z',
    actor: amazon,
    data: {
      rmaId: 'R1',
      lines: [
        {
          lineId: 'L1',
          quantity: 1,
          reason: 'damaged_in_transit',
          channelReason: 'DAMAGED_BY_CARRIER',
        },
      ],
    },
  },
  { type: 'return.approved', at: '2025-03-05T09:30:00Z', actor: operator, data: { rmaId: 'R1' } },
  {
    type: 'return.received',
    at: '2025-03-10T14:00:00Z',
    actor: wms,
    data: { rmaId: 'R1', lines: [{ lineId: 'L1', quantity: 1 }] },
  },
  {
    type: 'return.inspected',
    at: '2025-03-10T14:30:00Z',
    actor: wms,
    data: { rmaId: 'R1', outcome: 'scrap' },
  },
  {
    type: 'return.resolved',
    at: '2025-03-10T15:00:00Z',
    actor: operator,
    data: { rmaId: 'R1', resolution: 'refund' },
  },
  {
    type: 'refund.issued',
    at: '2025-03-10T15:00:00Z',
    actor: operator,
    data: {
      refundId: 'RF1',
      amount: eur('12.00'),
      lines: [{ lineId: 'L1', quantity: 1, amount: eur('12.00') }],
    },
  },
  { type: 'return.closed', at: '2025-03-10T15:00:00Z', actor: operator, data: { rmaId: 'R1' } },
  {
    type: 'erp.document_linked',
    at: '2025-03-11T08:00:00Z',
    actor: { kind: 'erp', id: 'sap' },
    data: { kind: 'credit_note', number: 'AV-2025-0042' },
  },
  // 22:30 UTC on 31 March is 00:30 on 1 April in Paris (summer time since 30 March).
  { type: 'order.closed', at: '2025-03-31T22:30:00Z', actor: system, data: {} },
);
