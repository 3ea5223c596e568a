// Writes a demo order as Lengow's API v3 returns it (`GET /v3.0/orders`): the shape of the
// fixtures the Lengow mapper is tested with. Amounts are JSON numbers, tax included; Cdiscount
// behind Lengow asks the seller to accept every order.
import type { ChannelEncoder, ChannelOrder } from './encoding.js';
import { eurosNumber, orderTaxCents } from './orders.js';

/** Cdiscount's own line status (Lengow's `marketplace_status`) for each Lengow status. */
const lineStatus: Readonly<Record<string, string>> = {
  waiting_acceptance: 'WaitingForSellerAcceptation',
  waiting_shipment: 'AcceptedBySeller',
  shipped: 'Shipped',
  refused: 'RefusedBySeller',
  canceled: 'Canceled',
};

function address(order: ChannelOrder['order'], type: 'billing' | 'delivery') {
  const [first, ...rest] = order.name.split(' ');
  return {
    id: null,
    type,
    first_name: first ?? order.name,
    last_name: rest.join(' '),
    full_name: order.name,
    civility: null,
    company: null,
    first_line: order.place.street,
    second_line: null,
    complement: null,
    full_address: null,
    zipcode: order.place.postalCode,
    city: order.place.city,
    state_region: null,
    common_country_iso_a2: order.place.country,
    phone_home: null,
    phone_office: null,
    phone_mobile: order.place.phone,
    email: type === 'billing' ? order.email : null,
    vat_number: null,
    metas: null,
    ...(type === 'delivery' ? { trackings: [] } : {}),
  };
}

export const lengowEncoder: ChannelEncoder = {
  initialStatus: 'waiting_acceptance',
  statusAfter: {
    accept: 'waiting_shipment',
    refuse: 'refused',
    ship: 'shipped',
    cancel: 'canceled',
  },
  encode({ order, status, cancelledLines }) {
    return {
      marketplace: order.channel.marketplace,
      marketplace_order_id: order.ref,
      account_id: 4242,
      marketplace_country_iso2: 'FR',
      merchant_order_id: null,
      marketplace_status: lineStatus[status] ?? status,
      lengow_status: status,
      order_types: [],
      anonymized: false,
      marketplace_order_date: order.placedAt,
      imported_at: order.placedAt,
      updated_at: order.placedAt,
      currency: { iso_a3: 'EUR' },
      total_order: eurosNumber(order.paidCents),
      total_tax: eurosNumber(orderTaxCents(order)),
      shipping: eurosNumber(order.shippingCents),
      processing_fee: 0,
      commission: null,
      payments: [],
      billing_address: address(order, 'billing'),
      packages: [
        {
          delivery: address(order, 'delivery'),
          cart: order.lines.map((line) => ({
            marketplace_order_line_id: line.lineId,
            marketplace_status: cancelledLines.includes(line.lineId)
              ? 'Canceled'
              : (lineStatus[status] ?? status),
            merchant_product_id: { id: line.sku, field: 'sku' },
            marketplace_product_id: null,
            title: line.title,
            quantity: line.quantity,
            amount: eurosNumber(line.totalCents),
            tax: eurosNumber(line.taxCents),
          })),
        },
      ],
      comments: null,
    };
  },
};
