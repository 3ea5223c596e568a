import { fromMiraklOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromMiraklOrder',
  channel: 'mirakl',
  fixtures: ['simple', 'refused-line', 'waiting-acceptance', 'tax-excluded'].map(
    (n) => `mirakl-${n}`,
  ),
  map: (input) => fromMiraklOrder(input, { tenantId: 'shop-1', marketplace: 'conforama' }),
});
