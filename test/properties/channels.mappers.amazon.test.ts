import { fromAmazonOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromAmazonOrder',
  channel: 'amazon_sp_api',
  fixtures: ['simple', 'canceled', 'pending', 'us-discounts', 'afn'].map((n) => `amazon-${n}`),
  map: (input) => fromAmazonOrder(input, { tenantId: 'shop-1' }),
});
