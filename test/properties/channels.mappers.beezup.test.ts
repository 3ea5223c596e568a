import { fromBeezupOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromBeezupOrder',
  channel: 'beezup',
  fixtures: ['simple', 'canceled', 'new-withheld', 'line-totals'].map((n) => `beezup-${n}`),
  map: (input) => fromBeezupOrder(input, { tenantId: 'shop-1' }),
});
