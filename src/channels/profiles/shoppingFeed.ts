import type { ChannelProfile } from '../profile.js';

const vocabulary = [
  'created',
  'waiting_store_acceptance',
  'refused',
  'waiting_shipment',
  'shipped',
  'partially_shipped',
  'cancelled',
  'refunded',
  'partially_refunded',
];

/**
 * Shopping Feed (feed manager, store-scoped REST/HAL API): the order `status` of the Store Order
 * API and the bulk operations of `POST /v1/store/{storeId}/order/{operation}`, which are all
 * answered with tickets and processed later. Statuses and operations come from the developer
 * portal's Store Order API page, the official PHP SDK and the official Magento 2 module; the
 * portal does not say at which statuses an operation is allowed, so every `allowedAt` is
 * inferred from the meaning of the statuses.
 */
export const shoppingFeedProfile: ChannelProfile = {
  code: 'shoppingfeed',
  name: 'Shopping Feed',
  kind: 'feed_manager',
  statusField: 'status',
  statuses: {
    created: { stage: 'created', flags: [], final: false, confidence: 'confirmed' },
    waiting_store_acceptance: {
      stage: 'created',
      flags: ['needs_acceptance'],
      final: false,
      confidence: 'confirmed',
    },
    refused: {
      stage: 'refused',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'The seller refused the order; whether the status can still change is not documented.',
    },
    waiting_shipment: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Accepted and not shipped yet: the host moves the order to in_preparation, and this status must not move it back.',
    },
    shipped: { stage: 'shipped', flags: [], final: false, confidence: 'confirmed' },
    partially_shipped: {
      stage: 'partially_shipped',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Which units left is read from the items, which carry their own status.',
    },
    cancelled: {
      stage: 'cancelled',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Cancelled by the buyer or the seller; whether a refund can follow is not documented.',
    },
    refunded: {
      stage: 'refunded',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Not documented as final.',
    },
    partially_refunded: {
      stage: 'partially_refunded',
      flags: [],
      final: false,
      confidence: 'confirmed',
    },
  },
  actions: [
    {
      action: 'accept',
      apiName: 'accept',
      allowedAt: ['waiting_store_acceptance'],
      partial: 'order',
      asynchronous: true,
      confidence: 'inferred',
      note: 'The operation is confirmed (optional `reason`); the status it is allowed at is inferred from the status table.',
    },
    {
      action: 'refuse',
      apiName: 'refuse',
      allowedAt: ['waiting_store_acceptance'],
      partial: 'order',
      asynchronous: true,
      confidence: 'inferred',
      note: 'The operation is confirmed (no body besides the order id); the status it is allowed at is inferred.',
    },
    {
      action: 'ship',
      apiName: 'ship',
      allowedAt: ['waiting_shipment', 'partially_shipped'],
      partial: 'quantities',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Partial by item id and quantity (`items[]`), with carrier, tracking number and link (confirmed); the statuses are inferred.',
    },
    {
      action: 'cancel',
      apiName: 'cancel',
      allowedAt: ['waiting_shipment'],
      partial: 'order',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Whole order only (the body has an optional `reason` and no items). Allowed at waiting_shipment by inference; whether `created` or a partially shipped order can be cancelled is not documented.',
    },
    {
      action: 'refund',
      apiName: 'refund',
      allowedAt: ['shipped', 'partially_shipped', 'partially_refunded'],
      partial: 'quantities',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Partial by product reference and quantity, shipping refunded or not (confirmed); the statuses are inferred, refunding a cancelled order is not documented.',
    },
    {
      action: 'acknowledge',
      apiName: 'acknowledge',
      allowedAt: vocabulary,
      partial: 'order',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Records the import (`status` success or error, `storeReference`, `acknowledgedAt`); acknowledgement is a dimension apart from the status, so no status is excluded (inferred).',
    },
    {
      action: 'deliver',
      apiName: 'deliver',
      allowedAt: ['shipped', 'partially_shipped'],
      partial: 'order',
      asynchronous: true,
      confidence: 'inferred',
      note: 'The operation exists but no delivered status does: what it changes, and at which statuses, is not documented.',
    },
  ],
  prices: { linePrice: 'unit_price', taxIncluded: 'included', format: 'decimal_number' },
  countryFormat: 'alpha2',
  lineStatuses: true,
  asynchronousActions: true,
  confidence: 'confirmed',
  sources: [
    'developer.shopping-feed.com, "Store Order API" page (status list and meanings)',
    'SFSDK: shoppingflux/php-sdk, the official PHP SDK (operations, order and item resources, rate limit handling)',
    'SFM2: shoppingflux/module-magento2, the official Magento 2 module (status constants, ticket statuses, payload fields)',
    'Tecnativa Odoo connector (secondary: the ship and acknowledge calls, the ticket endpoint)',
  ],
  notes: [
    'Every operation is bulk (`{"order": [...]}`) and answered later: keep the ticket ids and poll GET /v1/store/{storeId}/ticket (scheduled, running, canceled, succeed, failed).',
    'No delivered or closed status exists: close orders on carrier tracking or after a delay.',
    'Items carry their own `status`: partial shipping and refunds are read from the items.',
    'Item `price` is the unit price; that it includes tax is assumed (not documented), `taxAmount` and `ecotaxAmount` come beside it.',
    'Acknowledgement (`acknowledged` / `unacknowledged`, `storeReference`) is separate from the status; `unacknowledge` and `upload-documents` (invoices) have no ordokit action.',
    'No idempotency key: acknowledge with `storeReference` is the import de-duplication; numeric rate quota unknown (429 with `X-RateLimit-Wait`).',
  ],
};
