import type { ChannelProfile } from '../profile.js';

/** The order states a shipment may be recorded at (ShippingBo has prepared or started it). */
const shippable = [
  'to_be_prepared',
  'sent_to_logistics',
  'in_preparation',
  'dispatched',
  'partially_shipped',
];

/**
 * ShippingBo (OMS and WMS back-end, API v1): the order `state` enum, shipments recorded with
 * `POST /shipments` and the documented WMS transitions made with `PATCH /orders/{id}`.
 * ShippingBo is not a sales channel: orders are pushed into it by order sources and it reports
 * states and shipments back. Only the WMS flow's states have a documented meaning; the others
 * are read from their names.
 */
export const shippingboProfile: ChannelProfile = {
  code: 'shippingbo',
  name: 'ShippingBo',
  kind: 'oms',
  statusField: 'Order `state`',
  statuses: {
    waiting_for_payment: {
      stage: 'created',
      flags: ['payment_pending'],
      final: false,
      confidence: 'inferred',
      note: 'Meaning read from the name: the order is not paid yet.',
    },
    waiting_for_stock: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'Blocked on stock (read from the name); ordokit has no stock flag, so only this note says it.',
    },
    to_be_prepared: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'The default state of a new order: ready, waiting for preparation.',
    },
    sent_to_logistics: {
      stage: 'in_preparation',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'The logistics system acknowledged the order.',
    },
    in_preparation: { stage: 'in_preparation', flags: [], final: false, confidence: 'confirmed' },
    dispatched: {
      stage: 'in_preparation',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'Read as handed over to a warehouse or logistician, not as shipped to the buyer.',
    },
    partially_shipped: {
      stage: 'partially_shipped',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'Some parcels left; which units comes from the shipments.',
    },
    shipped: { stage: 'shipped', flags: [], final: false, confidence: 'confirmed' },
    handed_to_carrier: {
      stage: 'shipped',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'Read from the name: the carrier has the parcels.',
    },
    at_pickup_location: {
      stage: 'shipped',
      flags: ['pickup'],
      final: false,
      confidence: 'inferred',
      note: 'Read from the name: waiting at the pickup point for the buyer.',
    },
    closed: {
      stage: 'closed',
      flags: [],
      final: true,
      confidence: 'inferred',
      note: 'Whether it means delivered or only finished in ShippingBo is not documented: a tenant may prefer delivered.',
    },
    canceled: {
      stage: 'cancelled',
      flags: [],
      final: true,
      confidence: 'inferred',
      note: 'Assumed final; not documented.',
    },
    rejected: {
      stage: 'cancelled',
      flags: [],
      final: true,
      confidence: 'inferred',
      note: 'Who rejects the order (the merchant, the logistician) is not documented; read as a cancellation, not as a seller refusal.',
    },
    in_trouble: {
      flags: ['manual_handling'],
      final: false,
      confidence: 'confirmed',
      note: 'The order cannot be processed and waits for the merchant; the stage stays as it was.',
    },
    back_from_client: {
      flags: ['manual_handling'],
      final: false,
      confidence: 'inferred',
      note: 'Returned by the customer (read from the name); ordokit has no return flag: open a return (RMA) by hand. The stage stays as it was.',
    },
    merged: {
      flags: ['superseded'],
      final: true,
      confidence: 'inferred',
      note: 'Merged into another order, which carries it on; assumed final.',
    },
    splitted: {
      flags: ['superseded'],
      final: true,
      confidence: 'inferred',
      note: 'Split into sub-orders (GET /orders/{id}/suborders) that carry it on; assumed final.',
    },
  },
  actions: [
    {
      action: 'acknowledge',
      apiName: 'PATCH /orders/{id} {"state":"sent_to_logistics"}',
      allowedAt: ['to_be_prepared'],
      partial: 'order',
      asynchronous: false,
      confidence: 'confirmed',
      note: 'For a host acting as the external WMS: the documented flow moves to_be_prepared to sent_to_logistics when the order is received.',
    },
    {
      action: 'ship',
      apiName: 'POST /shipments',
      allowedAt: shippable,
      partial: 'quantities',
      asynchronous: false,
      confidence: 'inferred',
      note: 'The endpoint and its per-line quantities (`order_items_shipments[]`) are documented; the states it is accepted at are inferred from the WMS flow.',
    },
    {
      action: 'cancel',
      apiName: 'PATCH /orders/{id} {"state":"canceled"}',
      allowedAt: ['waiting_for_payment', 'waiting_for_stock', 'to_be_prepared', 'in_trouble'],
      partial: 'order',
      asynchronous: false,
      confidence: 'inferred',
      note: 'Cancelling by writing the state is not documented; the states are those before logistics has the order. Lines are changed with POST /orders/{id}/update_order_items instead.',
    },
  ],
  prices: { linePrice: 'line_total', taxIncluded: 'included', format: 'integer_cents' },
  countryFormat: 'alpha2',
  lineStatuses: false,
  asynchronousActions: false,
  confidence: 'confirmed',
  sources: [
    'SBO: Facilecomm/shippingbo-api-doc, the official developer-portal sources (reference/Shippingbo-bis.yaml Order, OrderItem, Address and Shipment schemas; docs on order sources, external WMS, search, throttling)',
  ],
  notes: [
    'The API shape is confirmed; only the WMS states (to_be_prepared, sent_to_logistics, in_preparation, shipped, in_trouble) have a documented meaning. Every other meaning is read from its name and marked inferred.',
    'The state is not set at creation (the spec says so): ShippingBo starts new orders at to_be_prepared.',
    'Parcels have their own states (preparation, shipped, canceled, handed_to_carrier, delivered, rejected, at_pickup_location): they describe one package, not the order, and are left to parcel tracking. A package `delivered` is the only delivery signal ShippingBo gives.',
    'Return orders have their own states (new, canceled, returned, closed, dispatched, in_trouble…): they belong to returns (RMA), not to this profile.',
    'No refund endpoint was found: ShippingBo does not own the payment. No accept or refuse either: orders arrive already accepted by their source.',
    '`price_tax_included_cents` is the whole line, tax included, in integer cents with a separate currency field; the unit price is the line total divided by the quantity.',
    'Countries are taken to be ISO alpha-2 (common practice; the spec does not say).',
    "Order items have no state of their own: partial shipping comes from the shipments' `order_items_shipments` quantities.",
    '(source, source_ref) is unique: posting the same order again answers 409; find it with a search on both.',
  ],
};
