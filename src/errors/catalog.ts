import type { ErrorShape, Locale } from '../result/index.js';
import { moneyMessages, type MoneyError } from '../money/index.js';
import { addressMessages, type AddressIssue } from '../address/index.js';
import { lifecycleMessages, type LifecycleError } from '../lifecycle/index.js';
import {
  orderLifecycleMessages,
  orderMessages,
  type OrderError,
  type OrderLifecycleError,
} from '../order/index.js';
import { portMessages, type PortError } from '../ports/index.js';
import { engineMessages, type EngineOwnError } from '../engine/index.js';
import { channelMessages, type ChannelError } from '../channels/index.js';
import { inventoryMessages, type InventoryError } from '../inventory/index.js';
import { routingMessages, type RoutingError } from '../routing/index.js';
import { availabilityMessages, type AvailabilityError } from '../availability/index.js';

/**
 * Every error value ordokit can return or throw, across all modules.
 *
 * Each module adds its own union here (money, address, order…).
 */
export type OrdokitErrorValue =
  | MoneyError
  | AddressIssue
  | LifecycleError
  | OrderError
  | OrderLifecycleError
  | PortError
  | EngineOwnError
  | ChannelError
  | InventoryError
  | RoutingError
  | AvailabilityError;

type AnyRenderer = Readonly<Record<Locale, (error: never) => string>>;

/** Every module's message catalog, merged; each module spreads its own catalog in here. */
const catalog: Readonly<Record<string, AnyRenderer | undefined>> = {
  ...moneyMessages,
  ...addressMessages,
  ...lifecycleMessages,
  ...orderMessages,
  ...orderLifecycleMessages,
  ...portMessages,
  ...engineMessages,
  ...channelMessages,
  ...inventoryMessages,
  ...routingMessages,
  ...availabilityMessages,
};

/** Looks up the renderer of one code in one language. */
export function findRenderer(
  error: ErrorShape,
  locale: Locale,
): ((error: ErrorShape) => string) | undefined {
  return catalog[error.code]?.[locale] as ((error: ErrorShape) => string) | undefined;
}
