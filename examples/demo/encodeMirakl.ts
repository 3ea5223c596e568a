// Writes a demo order as Mirakl's seller API returns it (OR11, `GET /api/orders`): the shape of
// the fixtures the Mirakl mapper is tested with. Mirakl hides the customer's addresses until the
// shop accepts the order (WAITING_ACCEPTANCE), then releases them (SHIPPING). Amounts are JSON
// numbers, tax included; shipping is charged on the first line; countries are ISO alpha-3.
import type { ChannelEncoder, ChannelOrder } from './encoding.js';
import { eurosNumber } from './orders.js';

/** The order states before acceptance, at which Mirakl withholds the addresses. */
const withheld = new Set(['STAGING', 'WAITING_ACCEPTANCE']);

function address(order: ChannelOrder['order']) {
  const [first, ...rest] = order.name.split(' ');
  return {
    city: order.place.city,
    civility: null,
    company: null,
    company_2: null,
    country: null,
    country_iso_code: order.place.country3,
    firstname: first ?? order.name,
    lastname: rest.join(' '),
    phone: order.place.phone,
    phone_secondary: null,
    state: null,
    street_1: order.place.street,
    street_2: null,
    zip_code: order.place.postalCode,
  };
}

export const miraklEncoder: ChannelEncoder = {
  initialStatus: 'WAITING_ACCEPTANCE',
  statusAfter: { accept: 'SHIPPING', refuse: 'REFUSED', ship: 'SHIPPED', cancel: 'CANCELED' },
  encode({ order, status, cancelledLines }) {
    const hidden = withheld.has(status);
    const [first, ...rest] = order.name.split(' ');
    const products = order.lines.reduce((sum, l) => sum + l.totalCents, 0n);
    return {
      acceptance_decision_date: hidden ? null : order.placedAt,
      can_cancel: status === 'SHIPPING',
      can_shop_ship: status === 'SHIPPING',
      channel: null,
      commercial_id: order.ref.replace(/-A$/, ''),
      created_date: order.placedAt,
      currency_iso_code: 'EUR',
      customer: {
        billing_address: hidden ? null : address(order),
        civility: null,
        customer_id: `C-${order.ref}`,
        firstname: first ?? order.name,
        lastname: rest.join(' '),
        locale: 'fr_FR',
        shipping_address: hidden ? null : address(order),
      },
      customer_notification_email: order.email,
      fully_refunded: false,
      has_incident: false,
      last_updated_date: order.placedAt,
      order_id: order.ref,
      order_lines: order.lines.map((line, i) => {
        const shipping = i === 0 ? order.shippingCents : 0n;
        const shippingTax = i === 0 ? order.shippingTaxCents : 0n;
        return {
          can_refund: false,
          cancelations: [],
          order_line_id: line.lineId,
          order_line_index: i + 1,
          order_line_state: cancelledLines.includes(line.lineId) ? 'CANCELED' : status,
          offer_sku: line.sku,
          product_title: line.title,
          quantity: line.quantity,
          price_unit: eurosNumber(line.unitCents),
          price: eurosNumber(line.totalCents),
          shipping_price: eurosNumber(shipping),
          total_price: eurosNumber(line.totalCents + shipping),
          taxes: [{ code: 'TVA_20', amount: eurosNumber(line.taxCents), rate: 20 }],
          shipping_taxes:
            shippingTax === 0n
              ? []
              : [{ code: 'TVA_20', amount: eurosNumber(shippingTax), rate: 20 }],
          refunds: [],
        };
      }),
      order_state: status,
      order_state_reason_code: null,
      order_tax_mode: 'TAX_INCLUDED',
      payment_type: 'CB',
      payment_workflow: 'PAY_ON_ACCEPTANCE',
      price: eurosNumber(products),
      shipping_price: eurosNumber(order.shippingCents),
      shipping_type_code: 'STD',
      total_commission: null,
      total_price: eurosNumber(order.paidCents),
    };
  },
};
