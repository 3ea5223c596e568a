// Writes a demo order as Amazon's Selling Partner API returns it: the `Order` of `getOrder` and
// the `OrderItems` of `getOrderItems` (Orders v0), the shape of the fixtures the Amazon mapper is
// tested with. Orders arrive paid (`Unshipped`): Amazon has no acceptance step. Amounts are
// decimal strings, each item's `ItemPrice` the price of its whole quantity, tax included.
import type { ChannelEncoder } from './encoding.js';
import { euros } from './orders.js';

const money = (cents: bigint) => ({ CurrencyCode: 'EUR', Amount: euros(cents) });

export const amazonEncoder: ChannelEncoder = {
  initialStatus: 'Unshipped',
  statusAfter: { ship: 'Shipped', cancel: 'Canceled' },
  encode({ order, status }) {
    const units = order.lines.reduce((sum, l) => sum + l.quantity, 0);
    const shipped = status === 'Shipped' ? units : 0;
    return {
      order: {
        AmazonOrderId: order.ref,
        PurchaseDate: order.placedAt,
        LastUpdateDate: order.placedAt,
        OrderStatus: status,
        FulfillmentChannel: 'MFN',
        SalesChannel: 'Amazon.fr',
        OrderTotal: money(order.paidCents),
        NumberOfItemsShipped: shipped,
        NumberOfItemsUnshipped: units - shipped,
        PaymentMethod: 'Other',
        MarketplaceId: 'A13V1IB3VIYZZH',
        OrderType: 'StandardOrder',
        IsBusinessOrder: false,
        IsPrime: false,
        ShippingAddress: {
          Name: order.name,
          AddressLine1: order.place.street,
          City: order.place.city,
          PostalCode: order.place.postalCode,
          CountryCode: order.place.country,
          Phone: order.place.phone,
          AddressType: 'Residential',
        },
        BuyerInfo: { BuyerEmail: order.email, BuyerName: order.name },
      },
      items: order.lines.map((line, i) => ({
        SellerSKU: line.sku,
        OrderItemId: line.lineId,
        Title: line.title,
        QuantityOrdered: line.quantity,
        QuantityShipped: status === 'Shipped' ? line.quantity : 0,
        ItemPrice: money(line.totalCents),
        ItemTax: money(line.taxCents),
        ShippingPrice: money(i === 0 ? order.shippingCents : 0n),
        ShippingTax: money(i === 0 ? order.shippingTaxCents : 0n),
        PromotionDiscount: money(0n),
        IsGift: false,
        ConditionId: 'New',
      })),
    };
  },
};
