import type { Decimal } from 'decimal.js';
import type { CurrencyCode } from '../currencies.js';
import type { Money } from '../types.js';
import { toD } from './decimal.js';

/** Builds a frozen Money from a trusted decimal and a known code (copies the decimal, drops −0). */
export function createMoney<C extends CurrencyCode>(amount: Decimal, currency: C): Money<C> {
  return Object.freeze({ amount: toD(amount), currency });
}
