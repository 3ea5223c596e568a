import { fromShoppingFeedOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromShoppingFeedOrder',
  channel: 'shoppingfeed',
  fixtures: [
    'shoppingfeed-simple',
    'shoppingfeed-refused-item',
    'shoppingfeed-waiting-acceptance',
    'shoppingfeed-unit-prices',
  ],
  map: (input) => fromShoppingFeedOrder(input, { tenantId: 'shop-1' }),
});
