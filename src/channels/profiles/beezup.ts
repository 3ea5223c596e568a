import type { ChannelProfile } from '../profile.js';

/**
 * BeezUP (feed manager and marketplace order hub, API v2): the unified
 * `order_Status_BeezUPOrderStatus` and the change-order operations of
 * `POST /user/marketplaces/orders/{marketplaceTechnicalCode}/{accountId}/{beezUPOrderId}/{changeOrderType}`,
 * answered 202 and guarded by the order's ETag (`If-Match`). The spec leaves the status values
 * and the operation names to lists of values it does not include: the statuses come from
 * BeezUP's help centre and its Magento module, the accept and refuse names are not known.
 */
export const beezupProfile: ChannelProfile = {
  code: 'beezup',
  name: 'BeezUP',
  kind: 'feed_manager',
  statusField: 'order_Status_BeezUPOrderStatus',
  statuses: {
    New: {
      stage: 'created',
      flags: ['needs_acceptance'],
      final: false,
      confidence: 'confirmed',
      note: 'The order just arrived and is to be accepted or refused.',
    },
    InProgress: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'To prepare and ship: the host moves the order to in_preparation, and this status must not move it back.',
    },
    Shipped: { stage: 'shipped', flags: [], final: false, confidence: 'confirmed' },
    Closed: {
      stage: 'closed',
      flags: [],
      final: true,
      confidence: 'confirmed',
      note: 'Documented as final: the order is no longer updated.',
    },
    Canceled: {
      stage: 'cancelled',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Cancelled by the seller or the buyer; whether it can still move (to Closed) is not documented.',
    },
    Aborted: {
      stage: 'cancelled',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'Seen only in the Magento module, which puts such orders on hold: reading it as a cancellation is an inference.',
    },
  },
  actions: [
    {
      action: 'accept',
      apiName: 'AcceptOrder',
      allowedAt: ['New'],
      partial: 'order',
      asynchronous: true,
      confidence: 'unknown',
      note: 'The help centre says New orders are accepted or refused, but the operation name is not documented: AcceptOrder is assumed by analogy with ShipOrder; take the real one from the order `transitionLinks`.',
    },
    {
      action: 'refuse',
      apiName: 'RefuseOrder',
      allowedAt: ['New'],
      partial: 'order',
      asynchronous: true,
      confidence: 'unknown',
      note: 'Name assumed by analogy with ShipOrder (not documented); take the real one from the order `transitionLinks`.',
    },
    {
      action: 'ship',
      apiName: 'ShipOrder',
      allowedAt: ['InProgress'],
      partial: 'order',
      asynchronous: true,
      confidence: 'secondary',
      note: 'Name from the Magento module (the spec example links write `shipOrder`). Whole order: the body carries carrier, tracking number, method, URL and dates, no lines.',
    },
    {
      action: 'cancel',
      apiName: 'CancelOrder',
      allowedAt: ['InProgress'],
      partial: 'order',
      asynchronous: true,
      confidence: 'inferred',
      note: 'Seen as `cancelOrder` in a spec example link, with `order_Cancel_Reason`; the status it is allowed at is inferred (at New, refuse instead).',
    },
    {
      action: 'acknowledge',
      apiName: 'setMerchantOrderInfo',
      allowedAt: ['New', 'InProgress', 'Shipped', 'Closed', 'Canceled', 'Aborted'],
      partial: 'order',
      asynchronous: false,
      confidence: 'inferred',
      note: 'Sets `order_MerchantOrderId` (endpoint confirmed; batch variant setMerchantOrderInfos). No status restriction is documented; that it answers at once is inferred.',
    },
  ],
  prices: { linePrice: 'unit_price', taxIncluded: 'included', format: 'decimal_number' },
  countryFormat: 'alpha2',
  lineStatuses: false,
  asynchronousActions: true,
  confidence: 'secondary',
  sources: [
    'BZJS: BeezUP/api-javascript-client, the official generated client (Swagger 2.0 of API v2: operations, ETag rules, payload fields)',
    'help.beezup.com, "Marketplace orders management" (status meanings, accept and refuse)',
    'OpenMageModuleFostering/beezup_module_feed_and_tracker: mirror of the official Magento 1 module (status literals, ShipOrder; secondary)',
  ],
  notes: [
    'The status values and the change-order names live in lists of values (BeezUPOrderState, OrderChangeBusinessOperationType) that the spec does not include: the names here come from the help centre and the Magento module.',
    'The help centre also names "Undefined" (marketplace status not recognised) and "Not provided" (no status given) without their literals: they are left out, so they read as unknown and the order is held with a note.',
    'The actions an order allows right now, with their fields, are in its `transitionLinks`: prefer them to `allowedAt`.',
    'No partial shipping, cancellation or refund, and no refund action, were found; lines carry no status.',
    'Every change needs `If-Match: <etag>` and answers 202; 409 while another change runs (Retry-After), 412 when the ETag is stale, so a replayed change fails instead of applying twice.',
    'Lines give `orderItem_ItemPrice` and `orderItem_TotalPrice`: unit price and line total by their names (inferred). That prices include tax is assumed, `orderItem_ItemTax` comes beside.',
    'The marketplace raw status is in `order_Status_MarketplaceOrderStatus`.',
  ],
};
