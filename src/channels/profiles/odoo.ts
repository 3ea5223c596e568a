import type { ChannelProfile } from '../profile.js';

/** The delivery (outgoing picking) states before it is done or cancelled. */
const openPickings = [
  'stock.picking:draft',
  'stock.picking:waiting',
  'stock.picking:confirmed',
  'stock.picking:assigned',
];

/**
 * Odoo (ERP, host back-office): three models, one vocabulary. Each status is `<model>:<value>`:
 * the `sale.order` state, the state of its outgoing `stock.picking` deliveries, and the
 * `payment_state` of its customer credit notes (`account.move`). Actions are ORM methods called
 * through the external API (JSON-2 from Odoo 19, XML-RPC / JSON-RPC before).
 */
export const odooProfile: ChannelProfile = {
  code: 'odoo',
  name: 'Odoo',
  kind: 'erp',
  statusField:
    '`<model>:<value>` — `sale.order:<state>`, `stock.picking:<state>` (outgoing deliveries), `account.move:<payment_state>` (customer credit notes, move_type out_refund)',
  statuses: {
    'sale.order:draft': {
      stage: 'created',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Quotation.',
    },
    'sale.order:sent': {
      stage: 'created',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Quotation sent to the customer.',
    },
    'sale.order:sale': {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Confirmed sales order. Whether it is locked is the separate boolean `locked`.',
    },
    'sale.order:cancel': {
      stage: 'cancelled',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Not final: Odoo can set a cancelled order back to quotation.',
    },
    'sale.order:done': {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'Odoo 16 and earlier only ("Locked"), replaced by the `locked` boolean: a confirmed order closed to edits, not a delivered one.',
    },
    'stock.picking:draft': {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'A delivery not confirmed yet; read as accepted because deliveries come from a confirmed order.',
    },
    'stock.picking:waiting': {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Waits for another operation (a pick before the delivery, for instance).',
    },
    'stock.picking:confirmed': {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Waiting for stock availability.',
    },
    'stock.picking:assigned': {
      stage: 'in_preparation',
      flags: [],
      final: false,
      confidence: 'confirmed',
      note: 'Ready: the stock is reserved.',
    },
    'stock.picking:done': {
      stage: 'shipped',
      flags: [],
      final: true,
      confidence: 'confirmed',
      note: 'This delivery is done. With backorders the order is only partially shipped until every delivery is done: derive it from all of them.',
    },
    'stock.picking:cancel': {
      stage: 'cancelled',
      flags: [],
      final: true,
      confidence: 'confirmed',
      note: 'The units of this delivery will not ship. A cancelled backorder after a done delivery is a partial cancellation, not a cancelled order; read it with the sale order state. Assumed final.',
    },
    'account.move:not_paid': {
      flags: ['refund_requested'],
      final: false,
      confidence: 'secondary',
      note: 'A posted credit note not paid yet: the seller has to refund.',
    },
    'account.move:in_payment': {
      flags: ['refund_pending'],
      final: false,
      confidence: 'secondary',
      note: 'The refund is paid and waits for bank reconciliation.',
    },
    'account.move:partial': {
      stage: 'partially_refunded',
      flags: ['refund_requested'],
      final: false,
      confidence: 'secondary',
      note: 'Part of the credit note is paid; the rest is still owed.',
    },
    'account.move:paid': {
      stage: 'partially_refunded',
      flags: [],
      final: false,
      confidence: 'secondary',
      note: 'The credit note is paid. Whether it covers the whole order comes from its lines: the order is refunded only when every unit is.',
    },
    'account.move:reversed': {
      flags: ['manual_handling'],
      final: true,
      confidence: 'secondary',
      note: 'The credit note was itself reversed: the refund it carried is void. A person checks what was repaid.',
    },
    'account.move:invoicing_legacy': {
      flags: ['manual_handling'],
      final: true,
      confidence: 'secondary',
      note: 'Entered before the accounting app: Odoo does not track its payment. A person checks it.',
    },
  },
  actions: [
    {
      action: 'accept',
      apiName: 'sale.order.action_confirm',
      allowedAt: ['sale.order:draft', 'sale.order:sent'],
      partial: 'order',
      asynchronous: false,
      confidence: 'inferred',
      note: 'Moves a quotation to `sale`. The method name is well known but was not re-read in the source.',
    },
    {
      action: 'cancel',
      apiName: 'sale.order.action_cancel',
      allowedAt: ['sale.order:draft', 'sale.order:sent', 'sale.order:sale', ...openPickings],
      partial: 'order',
      asynchronous: false,
      confidence: 'inferred',
      note: 'Allowed while nothing is delivered (inferred). Cancelling part of an order means lowering line quantities (`write` on `product_uom_qty`), which is no named method.',
    },
    {
      action: 'ship',
      apiName: 'stock.picking.button_validate',
      allowedAt: ['stock.picking:assigned'],
      partial: 'quantities',
      asynchronous: false,
      confidence: 'inferred',
      note: 'Validates a ready delivery; done quantities below the demand leave a backorder. Write the tracking number (`carrier_tracking_ref`, delivery module) first. Validating before stock is reserved asks for confirmation.',
    },
    {
      action: 'refund',
      apiName: 'account.move reversal (customer credit note)',
      allowedAt: [
        'sale.order:sale',
        'stock.picking:done',
        'account.move:partial',
        'account.move:paid',
      ],
      partial: 'quantities',
      asynchronous: false,
      confidence: 'inferred',
      note: 'Reverses a posted customer invoice into a credit note whose lines can be edited. The exact method varies by version and the posted invoice is not in this vocabulary: check it exists.',
    },
  ],
  prices: { linePrice: 'unit_price', taxIncluded: 'per_order', format: 'decimal_number' },
  countryFormat: 'alpha2',
  lineStatuses: false,
  asynchronousActions: false,
  confidence: 'confirmed',
  sources: [
    'ODOO: odoo/odoo core source (addons/sale/models/sale_order.py SALE_ORDER_STATE; addons/stock/models/stock_picking.py state help and computation)',
    'account.move PAYMENT_STATE_SELECTION: an indexed copy of core account_move.py and derived modules (secondary)',
    'ODOC: odoo/documentation (content/developer/reference/external_api.rst for JSON-2, external_rpc_api.rst for XML-RPC and JSON-RPC)',
  ],
  notes: [
    "Odoo is a host back-office, not a sales channel: the profile reads its states and drives it through ORM methods. An order's position combines the sale order state and those of its deliveries; prefer the furthest along.",
    'Several deliveries (backorders) with some done and some open mean partially shipped; lines also carry `qty_delivered`. Lines have quantities, not states.',
    "Payment is a separate dimension: the profile reads only customer credit notes (out_refund), whose payment signals refunds. A customer invoice's payment_state is not mapped: the same literals mean something else there.",
    'payment_state values come from a secondary copy; newer versions may add values: check against the target version.',
    'Refusing a quotation is done by cancelling it (action_cancel): Odoo does not tell a refusal from a cancellation, so no refuse action is offered.',
    'Method names (action_confirm, action_cancel, button_validate, the reversal) are well known but not re-read line by line: confidence inferred.',
    "`price_unit` is a unit price; whether it includes tax depends on each tax's price-included setting. Amounts come back as JSON numbers.",
    'Countries are `res.country` records whose `code` is ISO alpha-2 (inferred; channels.md does not say).',
    'Calls are synchronous; each JSON-2 call is its own transaction. There are no idempotency keys: search a natural key (`client_order_ref` plus the channel) before creating.',
  ],
};
