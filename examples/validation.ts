// Validation at capture: check the sample orders in examples/orders (some good, some broken) the way a
// host would at capture time, and print each verdict with its reasons in English and French.
//
//   npx tsx examples/validation.ts             # both languages
//   npx tsx examples/validation.ts --lang fr   # French only
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  formatError,
  formatMoney,
  parseMoneyJson,
  validateOrder,
  type Locale,
  type OrderValidationIssue,
} from 'ordokit';

const ordersDir = join(import.meta.dirname, 'orders');

function readLanguages(argv: readonly string[]): readonly Locale[] {
  const flag = argv.indexOf('--lang');
  const value = flag === -1 ? undefined : argv[flag + 1];
  if (value === 'en' || value === 'fr') return [value];
  if (value === undefined || value === 'both') return ['en', 'fr'];
  throw new Error(`--lang takes en, fr or both, not "${value}"`);
}

function where(issue: OrderValidationIssue): string {
  if ('path' in issue) return issue.path.join('.') || '(the order)';
  return issue.lineId === undefined ? `totals.${issue.component}` : `line ${issue.lineId}`;
}

function describeChannel(payload: unknown): string {
  const ref = (payload as { channelRef?: { channel?: unknown; channelOrderRef?: unknown } })
    .channelRef;
  const text = (value: unknown) => (typeof value === 'string' ? value : '?');
  return `${text(ref?.channel)} ${text(ref?.channelOrderRef)}`;
}

const languages = readLanguages(process.argv.slice(2));
const files = readdirSync(ordersDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

let accepted = 0;
let rejected = 0;
for (const file of files) {
  const payload: unknown = JSON.parse(readFileSync(join(ordersDir, file), 'utf8'));
  const result = validateOrder(payload);
  console.log(`\n${basename(file, '.json')}  (${describeChannel(payload)})`);
  if (result.ok) {
    accepted++;
    const { order, totals } = result.value;
    const paid = parseMoneyJson(order.totals.paid);
    const address = order.shippingAddress;
    console.log(
      `  ✔ accepted: ${String(order.lines.length)} line(s), ` +
        `${paid.ok ? formatMoney(paid.value, 'fr-FR') : order.totals.paid.amount} paid, ` +
        `tax ${totals.tax.amount} ${totals.currency}`,
    );
    console.log(
      `    ship to ${address.city} ${address.postalCode ?? ''} ${address.country}` +
        (address.phone === undefined ? '' : `, phone ${address.phone}`),
    );
    continue;
  }
  rejected++;
  const count = result.error.length;
  console.log(`  ✘ rejected: ${String(count)} issue${count === 1 ? '' : 's'} to fix`);
  for (const issue of result.error) {
    console.log(`    • ${issue.code} at ${where(issue)}`);
    for (const lang of languages) console.log(`      ${lang}: ${formatError(issue, lang)}`);
  }
}
console.log(
  `\n${String(accepted)} accepted, ${String(rejected)} rejected, ${String(files.length)} orders`,
);
