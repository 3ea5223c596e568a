import { fromChannableOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromChannableOrder',
  channel: 'channable',
  fixtures: [
    'channable-simple',
    'channable-cancelled-line',
    'channable-awaiting-confirmation',
    'channable-unit-prices',
  ],
  map: (input) => fromChannableOrder(input, { tenantId: 'shop-1' }),
});
