import { multiplyMoney, type CurrencyCode, type Money } from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { buildChannelLine } from './channelLine.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';

/** Item statuses (compared in lower case) that mean the whole item is cancelled. */
const cancelledItemStatuses: ReadonlySet<string> = new Set(['cancelled', 'canceled', 'refused']);

/** What the `items[]` of a Shopping Feed order give. */
export interface ShoppingFeedItems {
  readonly lines: OrderLine[];
  /** Each line's total (`price × quantity`), for the order's products total. */
  readonly amounts: Money[];
  /** Each line's `taxAmount`, when given. */
  readonly taxes: Money[];
  readonly lineStatuses: Record<string, string>;
}

/** The order's SKU for an item reference: `itemsReferencesAliases[reference]`, else itself. */
function resolveSku(
  reader: PayloadReader,
  aliases: JsonRecord | undefined,
  reference: string,
): string {
  if (aliases === undefined) return reference;
  return reader.text(aliases, reference, `itemsReferencesAliases.${reference}`) ?? reference;
}

function readItem(
  reader: PayloadReader,
  item: JsonRecord,
  path: string,
  context: ReadShoppingFeedItemsContext,
  found: ShoppingFeedItems,
): void {
  const lineId = reader.text(item, 'id', `${path}.id`, { required: true, numbers: true });
  const reference = reader.text(item, 'reference', `${path}.reference`, {
    required: true,
    numbers: true,
  });
  const sku = reference === undefined ? undefined : resolveSku(reader, context.aliases, reference);
  const title = reader.text(item, 'name', `${path}.name`) ?? sku;
  const quantity = reader.quantity(item, 'quantity', `${path}.quantity`);
  const price = reader.money(item, 'price', `${path}.price`, context.currency);
  const tax = reader.money(item, 'taxAmount', `${path}.taxAmount`, context.currency, {
    optional: true,
  });
  const status = reader.text(item, 'status', `${path}.status`);
  if (lineId === undefined || sku === undefined || title === undefined) return;
  if (quantity === undefined || price === undefined) return;
  const cancelled =
    context.allCancelled ||
    (status !== undefined && cancelledItemStatuses.has(status.toLowerCase()));
  // `price` is the price of one unit: the line's total is exactly `price × quantity`.
  const lineTotal = multiplyMoney(price, quantity);
  found.lines.push(
    buildChannelLine({ lineId, sku, title, quantity, cancelled, lineTotal, unitPrice: price, tax }),
  );
  found.amounts.push(lineTotal);
  if (tax !== undefined) found.taxes.push(tax);
  if (status !== undefined) {
    // A data property even for an item id such as `__proto__`.
    Object.defineProperty(found.lineStatuses, lineId, {
      value: status,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/** What {@link readShoppingFeedItems} needs besides the items. */
export interface ReadShoppingFeedItemsContext {
  readonly currency: CurrencyCode;
  /** `itemsReferencesAliases` (old reference → the reference to use), when given. */
  readonly aliases: JsonRecord | undefined;
  /** The order itself is cancelled or refused: every line is. */
  readonly allCancelled: boolean;
}

/**
 * Reads `items[]`: each item's `id` as `lineId`, `reference` (through
 * `itemsReferencesAliases`) as `sku`, `name` as `title`, `quantity`, `price` (the unit price)
 * as `unitPrice` with `lineTotal` = `price × quantity`, and `taxAmount` (the item's tax, for
 * its quantity) as `tax`. An item `cancelled`, `canceled` or `refused` (any case) is cancelled.
 *
 * @param reader - collects the issues
 * @param items - the `items` array
 * @param context - the currency, the aliases and whether the whole order is cancelled
 * @returns the lines and the amounts of each
 */
export function readShoppingFeedItems(
  reader: PayloadReader,
  items: readonly unknown[],
  context: ReadShoppingFeedItemsContext,
): ShoppingFeedItems {
  const found: ShoppingFeedItems = { lines: [], amounts: [], taxes: [], lineStatuses: {} };
  if (items.length === 0) reader.report('items', 'at least one item', items, 'empty array');
  for (const [index, item] of items.entries()) {
    const path = `items[${String(index)}]`;
    if (isRecord(item)) readItem(reader, item, path, context, found);
    else reader.report(path, 'object', item);
  }
  return found;
}
