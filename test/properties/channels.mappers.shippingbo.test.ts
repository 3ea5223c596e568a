import { fromShippingboOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromShippingboOrder',
  channel: 'shippingbo',
  fixtures: ['simple', 'canceled', 'waiting-payment', 'two-packages', 'jpy'].map(
    (n) => `shippingbo-${n}`,
  ),
  map: (input) => fromShippingboOrder(input, { tenantId: 'shop-1' }),
});
