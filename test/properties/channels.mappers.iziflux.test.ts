import { fromIzifluxOrder } from '../../src/channels/index.js';
import { describeMapperFuzz } from './_mapperFuzz.js';

describeMapperFuzz({
  name: 'fromIzifluxOrder',
  channel: 'iziflux',
  fixtures: ['simple', 'several-lines', 'fba'].map((n) => `iziflux-${n}`),
  map: (input) => fromIzifluxOrder(input, { tenantId: 'shop-1', defaultCountry: 'FR' }),
});
