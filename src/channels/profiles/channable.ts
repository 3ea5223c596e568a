import type { ChannelProfile } from '../profile.js';

/**
 * Channable (feed manager with order connections, orders API v2): the order's `status_shipped`
 * and the shipment and cancellation endpoints under
 * `/v2/companies/{company_id}/projects/{project_id}/orders/{order_id}`. The status literals
 * come from an aggregator's copy of Channable's OpenAPI, which gives no meanings: apart from
 * `partial`, `cancellation_request` and `manual`, what each status means is inferred. Channable
 * offers no accept, refuse or refund action.
 */
export const channableProfile: ChannelProfile = {
  code: 'channable',
  name: 'Channable',
  kind: 'feed_manager',
  statusField: 'status_shipped',
  statuses: {
    awaiting_confirmation: {
      stage: 'created',
      flags: ['needs_acceptance'],
      final: false,
      confidence: 'secondary',
      note: 'Meaning inferred (waiting for the seller or the marketplace to confirm); Channable has no accept action, acceptance happens on the marketplace.',
    },
    waiting: {
      stage: 'created',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'Meaning inferred: not released for shipping yet.',
    },
    not_shipped: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'An open order to ship (meaning inferred): the host moves it to in_preparation, and this status must not move it back.',
    },
    processing: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'Channable is sending an update to the marketplace (meaning inferred). It has no stage of its own: read as accepted, which never moves host progress back; a sync-pending flag would fit better.',
    },
    pending_shipment: {
      stage: 'shipped',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'The shipment was sent and waits for the marketplace to confirm it (meaning inferred).',
    },
    shipped: { stage: 'shipped', flags: [], final: false, confidence: 'secondary' },
    partial: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'Some items shipped or some cancelled, the status does not say which: read the stage from `fulfillments[]`; accepted is only the lower bound.',
    },
    pending_cancellation: {
      stage: 'cancelled',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'The cancellation was sent and waits for the marketplace to confirm it (meaning inferred).',
    },
    cancellation_request: {
      flags: ['cancellation_requested'],
      final: false,
      confidence: 'secondary',
      note: 'The buyer asked to cancel; the seller confirms in the marketplace seller account, not through Channable.',
    },
    cancelled: {
      stage: 'cancelled',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'Not documented as final.',
    },
    manual: {
      flags: ['manual_handling'],
      final: false,
      confidence: 'secondary',
      note: 'Handed over to manual processing: Channable no longer acts on the order.',
    },
  },
  actions: [
    {
      action: 'ship',
      apiName: 'POST /v2/.../orders/{order_id}/shipment',
      allowedAt: ['not_shipped', 'partial'],
      partial: 'lines',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Endpoint from the spec copy: tracking code, transporter code, return tracking, `order_item_ids` for chosen items (no quantities). The statuses are inferred; resubmitting a sent shipment is rejected. Answered at once, confirmed by the marketplace later (pending_shipment).',
    },
    {
      action: 'cancel',
      apiName: 'POST /v2/.../orders/{order_id}/cancel',
      allowedAt: ['not_shipped', 'partial'],
      partial: 'lines',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Seller cancellations only, of the whole order or of `order_item_ids`; a buyer request is confirmed on the marketplace. The statuses are inferred.',
    },
  ],
  prices: { linePrice: 'unit_price', taxIncluded: 'included', format: 'decimal_number' },
  countryFormat: 'alpha2',
  lineStatuses: true,
  asynchronousActions: true,
  confidence: 'secondary',
  sources: [
    "CHOA: aggregator copy of Channable's OpenAPI (api.channable.com/v1/openapi): status enums, endpoints, payload fields, auth and rate limit",
    'petervanackooij/channable-php: third-party client (a resubmitted shipment is rejected)',
  ],
  notes: [
    'The profile reads `status_shipped`. `status_paid` (not_paid, paid, cancelled, manual, cancellation_request) is a second dimension: not_paid means payment_pending for the payload mapper.',
    'Items have their own status in `fulfillments[]` (shipped, cancelled, manual, waiting, pending_shipment, pending_cancellation, cancellation_request, processing, error): partial states come from there, `partial` alone is ambiguous.',
    'No delivered, closed or refunded status: close orders on carrier tracking or after a delay. Returns have their own API; POST .../orders/{order_id}/return (accept or reject returned products) exists on a few marketplaces only and is not a refund.',
    'POST .../orders/{order_id}/manual stops automation (status `manual`); no import acknowledgement endpoint was found.',
    'Product `price` is the unit price; that it includes tax is assumed (`price_tax` comes beside); that `country_code` is alpha-2 is assumed from common practice.',
    'No idempotency key; rate limit per company, 4 requests a second with bursts of 200, 429 beyond.',
  ],
};
