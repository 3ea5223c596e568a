// npm run bench: the cost of ordokit's hot calls, each as a ratio to JSON.parse of the same
// order measured in the same run (ratios travel between machines; absolute times do not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addMoney,
  allocateMoney,
  money,
  OrderSchema,
  parseMoney,
  parseOrder,
  validateAddress,
  validateOrder,
  validateTotals,
} from 'ordokit';
import { consumed, runSuite } from './harness.js';
import { benchEngine } from './engine.js';
import { benchLifecycle } from './lifecycle.js';
import { benchPostgres } from './postgres.js';
import { benchRouting } from './routing.js';
import { benchAvailability } from './availability.js';

const text = readFileSync(
  join(import.meta.dirname, '../examples/orders/amazon-fr-accepted.json'),
  'utf8',
);
const order: unknown = JSON.parse(text);
const address = (order as { shippingAddress: unknown }).shippingAddress;
if (!validateOrder(order).ok) throw new Error('the benchmark order must be valid');

const eur = money('19.99', 'EUR');
const cents = money('0.01', 'EUR');

runSuite('Order validation (a 2-line order, ~1.8 kB of JSON); × baseline = cost / JSON.parse', [
  { name: 'JSON.parse (baseline)', run: (): unknown => JSON.parse(text) },
  { name: 'OrderSchema.parse (zod alone)', run: () => OrderSchema.parse(order) },
  { name: 'parseOrder (schema + typed issues)', run: () => parseOrder(order) },
  { name: 'validateAddress (shipping address)', run: () => validateAddress(address) },
  { name: 'validateTotals (parse + equations)', run: () => validateTotals(order) },
  { name: 'validateOrder (schema + addresses + totals)', run: () => validateOrder(order) },
]);

runSuite('Money; × baseline = cost / JSON.parse of the order above', [
  { name: 'JSON.parse (baseline)', run: (): unknown => JSON.parse(text) },
  { name: "parseMoney('12.50', 'EUR')", run: () => parseMoney('12.50', 'EUR') },
  { name: 'addMoney', run: () => addMoney(eur, cents) },
  { name: 'allocateMoney(19.99 EUR, [1, 1, 1])', run: () => allocateMoney(eur, [1, 1, 1]) },
]);

benchLifecycle();
await benchEngine();
await benchPostgres();
benchRouting();
benchAvailability();

if (consumed() === undefined) console.log('(nothing consumed)');
