export {
  BuyerSchema,
  ChannelRefSchema,
  OrderSchema,
  TaxRoundingSchema,
  TotalsSchema,
} from './schema.js';
export type { Buyer, ChannelRef, Order, TaxRounding, Totals } from './schema.js';
export { BundleComponentSchema, LineQuantitiesSchema, OrderLineSchema } from './lineSchema.js';
export type { BundleComponent, LineQuantities, OrderLine } from './lineSchema.js';
export {
  ParcelCarrierSchema,
  ParcelDimensionsSchema,
  ParcelLineSchema,
  ParcelSchema,
  ParcelTrackingSchema,
} from './parcelSchema.js';
export type {
  Parcel,
  ParcelCarrier,
  ParcelDimensions,
  ParcelLine,
  ParcelTracking,
} from './parcelSchema.js';
export {
  ReturnReasonSchema,
  RmaLineSchema,
  RmaResolutionSchema,
  RmaSchema,
  returnReasons,
} from './rmaSchema.js';
export type { ReturnReason, Rma, RmaLine, RmaResolution } from './rmaSchema.js';
export type {
  LineAmountField,
  OrderCurrencyMismatch,
  OrderError,
  OrderIssue,
  OrderIssuePath,
  OrderLineIdDuplicate,
  OrderLinePriceMissing,
  OrderOptionInvalid,
  OrderParcelLineUnknown,
  OrderSchemaInvalid,
  OrderTotalsMismatch,
  ReceivedValue,
  SchemaBoundSubject,
  SchemaExpectation,
  SchemaTextFormat,
  SchemaValueType,
  TotalsCheck,
  TotalsComponent,
} from './errors.js';
export { orderMessages } from './messages.js';
export { parseOrder } from './parseOrder.js';
export { validateTotals } from './validateTotals.js';
export type { TotalsReport, ValidateTotalsOptions } from './validateTotals.js';
export { validateOrder } from './validateOrder.js';
export type {
  OrderValidationIssue,
  ValidateOrderOptions,
  ValidatedOrder,
} from './validateOrder.js';
