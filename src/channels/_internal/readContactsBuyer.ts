import type { Buyer } from '../../order/index.js';
import { keepValidBuyerFields } from './keepValidBuyerFields.js';

/** The contact details an address read from a payload may carry. */
export interface BuyerContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

/**
 * The buyer from addresses in order of preference (billing, then shipping): the first name,
 * e-mail and phone given, each field on its own; a field the schema refuses is left out.
 *
 * @param contacts - the addresses read, best first (undefined for one that is missing)
 * @param fields - fields read elsewhere, in place of the addresses' (`{ email }`)
 * @returns the buyer
 */
export function readContactsBuyer(
  contacts: readonly (BuyerContact | undefined)[],
  fields: Readonly<Record<string, unknown>> = {},
): Buyer {
  return keepValidBuyerFields({
    name: contacts.find((c) => c?.name)?.name?.slice(0, 200),
    email: contacts.find((c) => c?.email)?.email,
    phone: contacts.find((c) => c?.phone)?.phone?.slice(0, 40),
    ...fields,
  });
}
