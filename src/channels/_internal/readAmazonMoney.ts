import type { CurrencyCode, Money } from '../../money/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';

/**
 * Reads an SP-API `Money` object (`{ CurrencyCode, Amount }`, the amount a decimal string) at
 * `parent[key]`. Its currency must be the order's. `null` and absence give undefined, reported
 * when `required`.
 */
export function readAmazonMoney(
  reader: PayloadReader,
  parent: JsonRecord,
  key: string,
  path: string,
  currency: CurrencyCode,
  required = false,
): Money | undefined {
  const source = reader.record(parent, key, path, required, 'money object');
  if (source === undefined) return undefined;
  const code = reader.text(source, 'CurrencyCode', `${path}.CurrencyCode`, { required: true });
  const amount = reader.money(source, 'Amount', `${path}.Amount`, currency);
  if (code === undefined) return undefined;
  if (code !== currency) {
    reader.report(`${path}.CurrencyCode`, `the order's currency ${currency}`, code);
    return undefined;
  }
  return amount;
}
