import { fromLengowOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromLengowOrder',
  channel: 'lengow',
  fixtures: [
    'lengow-simple',
    'lengow-two-packages',
    'lengow-cancelled-line',
    'lengow-waiting-acceptance',
    'lengow-withheld-address',
  ],
  map: (input) => fromLengowOrder(input, { tenantId: 'shop-1' }),
});
