import {
  addMoney,
  allocateMoney,
  formatError,
  formatMoney,
  money,
  parseMoney,
  validateAddress,
  validateOrder,
} from 'ordokit';

// Money is decimal and carries its currency: 0.1 + 0.2 is exactly 0.3.
const sum = addMoney(money('0.10', 'EUR'), money('0.20', 'EUR'));
console.log(formatMoney(sum, 'fr-FR')); // 0,30 €

// Splitting a discount over three lines always adds back up to the total.
const parts = allocateMoney(money('10.00', 'EUR'), [1, 1, 1]);
console.log(parts.map((p) => p.amount.toFixed(2)).join(' + ')); // 3.34 + 3.33 + 3.33

// Untrusted input never throws: you get a typed error with a stable code.
const price = parseMoney('12,50', 'EUR');
if (!price.ok) console.log(price.error.code); // money/amount_invalid

// Addresses are checked against their country's rules, and every issue is returned.
const address = validateAddress({
  name: 'Jeanne Martin',
  line1: '10 rue de Rivoli',
  postalCode: '7500',
  city: 'Paris',
  country: 'FR',
  phone: '06 12 34 56 78',
});
if (!address.ok) {
  for (const issue of address.error) console.log(formatError(issue, 'fr'));
}

// A whole order: schema, addresses and totals in one call.
const order = validateOrder({
  orderId: 'ord_42',
  tenantId: 'my-shop',
  channelRef: { channel: 'cdiscount', channelOrderRef: '2611261530ZK7Q' },
  placedAt: '2026-11-26T15:30:12+01:00',
  currency: 'EUR',
  buyer: { name: 'Jeanne Martin' },
  shippingAddress: {
    name: 'Jeanne Martin',
    line1: '10 rue de Rivoli',
    postalCode: '75001',
    city: 'Paris',
    country: 'FR',
  },
  lines: [
    {
      lineId: '1',
      sku: 'MUG-RED',
      title: 'Red mug',
      quantities: {
        ordered: 2,
        cancelled: 0,
        allocated: 0,
        shipped: 0,
        delivered: 0,
        returned: 0,
        refunded: 0,
      },
      unitPrice: { amount: '12.00', currency: 'EUR' },
      taxRate: '0.2',
    },
  ],
  totals: {
    pricesIncludeTax: true,
    taxRounding: 'line',
    products: { amount: '24.00', currency: 'EUR' },
    shipping: { amount: '4.90', currency: 'EUR' },
    tax: { amount: '4.00', currency: 'EUR' },
    discount: { amount: '0.00', currency: 'EUR' },
    grandTotal: { amount: '28.90', currency: 'EUR' },
    paid: { amount: '28.90', currency: 'EUR' },
  },
});
console.log(order.ok ? 'order accepted' : order.error.map((i) => formatError(i)).join('\n'));
