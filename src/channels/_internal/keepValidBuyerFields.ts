import { BuyerSchema, type Buyer } from '../../order/index.js';

/**
 * The buyer made of the fields `BuyerSchema` accepts, one by one: a field it refuses (a
 * malformed e-mail or VAT number) is left out, not fatal, and so is an undefined one.
 *
 * @param candidate - the buyer's fields as read from the payload
 * @param known - fields known to be valid already (`{ isBusiness: true }`), kept as they are
 * @returns the buyer
 * @example
 * ```ts
 * keepValidBuyerFields({ name: 'Ana', email: 'not an e-mail' }); // { name: 'Ana' }
 * ```
 */
export function keepValidBuyerFields(
  candidate: Readonly<Record<string, unknown>>,
  known: Buyer = {},
): Buyer {
  const buyer: Record<string, unknown> = { ...known };
  for (const [key, value] of Object.entries(candidate)) {
    if (value === undefined) continue;
    if (BuyerSchema.safeParse({ [key]: value }).success) buyer[key] = value;
  }
  return buyer;
}
