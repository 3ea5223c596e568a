import type { CurrencyCode, Money } from '../../money/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';

/** How {@link readShippingboMoney} treats an absent amount and a sign. */
export interface ShippingboMoneyOptions {
  /** What `null` or absence gives (else undefined, reported unless `optional`). */
  readonly fallback?: Money;
  readonly optional?: boolean;
  /** Accepts a negative count of cents. */
  readonly signed?: boolean;
}

/**
 * Reads a ShippingBo amount: `<base>_cents`, an integer count of the currency's minor units,
 * with its `<base>_currency` sibling, which must be the order's currency when given.
 *
 * @param reader - collects the issues
 * @param parent - the object holding the pair
 * @param base - the field name without its suffix: `total_price`, `price_tax_included`
 * @param path - the parent's path in the payload, `''` for the root
 * @param currency - the order's currency
 * @param options - fallback, optional, signed
 * @returns the amount, or undefined
 */
export function readShippingboMoney(
  reader: PayloadReader,
  parent: JsonRecord,
  base: string,
  path: string,
  currency: CurrencyCode,
  options: ShippingboMoneyOptions = {},
): Money | undefined {
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  const code = reader.text(parent, `${base}_currency`, at(`${base}_currency`));
  if (code !== undefined && code.toUpperCase() !== currency) {
    reader.report(at(`${base}_currency`), `the order's currency ${currency}`, code);
    return undefined;
  }
  return reader.cents(parent, `${base}_cents`, at(`${base}_cents`), currency, options);
}
