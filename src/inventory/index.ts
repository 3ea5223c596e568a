/**
 * Inventory: the stock ledger per warehouse and SKU (on hand, reserved, safety), reservations
 * per order line, stock events decided from commands, and bundles (packs, kits).
 */
export { WarehouseStockLevelSchema, ReservationSchema, emptyStockState } from './schema.js';
export type { Reservation, WarehouseStockLevel, StockState } from './schema.js';
export {
  StockAdjustmentReasonSchema,
  StockEventSchema,
  UncoveredReservationSchema,
  stockAdjustmentReasons,
  stockEventSchemas,
} from './events.js';
export type {
  StockAdjustmentReason,
  StockEvent,
  StockEventOf,
  StockEventType,
  UncoveredReservation,
} from './events.js';
export { StockCommandSchema, stockCommandSchemas } from './commands.js';
export type { StockCommand, StockCommandOf, StockCommandType } from './commands.js';
export type {
  BundleInvalidReason,
  InventoryAdjustmentRefused,
  InventoryBundleInvalid,
  InventoryError,
  InventoryIdentifierInvalid,
  InventoryInsufficientStock,
  InventoryQuantityInvalid,
  InventoryReleaseExceedsReservation,
  InventoryReservationUnknown,
  InventoryShipExceedsOnHand,
  InventoryShipExceedsReservation,
  StockIdentifierField,
  StockQuantityField,
  StockQuantityRule,
} from './errors.js';
export { inventoryMessages } from './messages.js';
export { available } from './available.js';
export { findReservation, findStockLevel, listReservations } from './findStockLevel.js';
export { decideStock } from './decideStock.js';
export type { DecideStockOptions } from './decideStock.js';
export { applyStock } from './applyStock.js';
export { replayStock } from './replayStock.js';
export { stockStateOf } from './stockStateOf.js';
export { BundleDefinitionSchema, validateBundleCatalogue } from './bundleCatalogue.js';
export type { BundleCatalogue, BundleDefinition } from './bundleCatalogue.js';
export { expandBundle } from './expandBundle.js';
export { bundleAvailable } from './bundleAvailable.js';
