import type {
  InventoryIdentifierInvalid,
  InventoryQuantityInvalid,
  StockIdentifierField,
  StockQuantityField,
  StockQuantityRule,
} from '../errors.js';
import { isIdentifier } from './fields.js';

/** The first identifier of the list that is not valid, as an error. */
export function checkIdentifiers(
  fields: readonly (readonly [StockIdentifierField, unknown])[],
): InventoryIdentifierInvalid | undefined {
  const bad = fields.find(([, value]) => !isIdentifier(value));
  return bad === undefined ? undefined : { code: 'inventory/identifier_invalid', field: bad[0] };
}

const rules: Readonly<Record<StockQuantityRule, (n: number) => boolean>> = {
  positive: (n) => Number.isSafeInteger(n) && n >= 1,
  non_negative: (n) => Number.isSafeInteger(n) && n >= 0,
  non_zero: (n) => Number.isSafeInteger(n) && n !== 0,
  within_limit: (n) => Number.isSafeInteger(n),
};

/** `undefined` when `value` follows `rule`, else the error. */
export function checkQuantity(
  field: StockQuantityField,
  value: number,
  rule: StockQuantityRule,
): InventoryQuantityInvalid | undefined {
  return typeof value === 'number' && rules[rule](value)
    ? undefined
    : { code: 'inventory/quantity_invalid', field, rule, value };
}
