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
export { ActorSchema, HoldReasonSchema, actorKinds, holdReasons } from './eventFields.js';
export type {
  Actor,
  ActorKind,
  CancelReason,
  CancelRequester,
  ErpDocumentKind,
  HoldReason,
  HoldScope,
  InspectionOutcome,
  LineAllocation,
  LineQuantity,
  LineReallocation,
  RefusalReason,
} from './eventFields.js';
export { OrderEventSchema, orderEventSchemas, orderEventTypes } from './events.js';
export type {
  ChannelStatusObservedEvent,
  ErpDocumentLinkedEvent,
  HoldPlacedEvent,
  HoldReleasedEvent,
  NoteAddedEvent,
  OrderAcceptedEvent,
  OrderCapturedEvent,
  OrderClosedEvent,
  OrderEvent,
  OrderEventOf,
  OrderEventType,
  OrderLinesAllocatedEvent,
  OrderLinesCancelledEvent,
  OrderLinesReallocatedEvent,
  OrderPreparationStartedEvent,
  OrderRefusedEvent,
  ParcelCreatedEvent,
  ParcelDeliveredEvent,
  ParcelShippedEvent,
  ParcelTrackingUpdatedEvent,
  RefundIssuedEvent,
  RefundLine,
  ReturnApprovedEvent,
  ReturnClosedEvent,
  ReturnInspectedEvent,
  ReturnLabelIssuedEvent,
  ReturnReceivedEvent,
  ReturnRefusedEvent,
  ReturnRequestedEvent,
  ReturnResolvedEvent,
} from './events.js';
export { OrderCommandSchema, orderCommandSchemas, orderCommandTypes } from './commands.js';
export type { OrderCommand, OrderCommandOf, OrderCommandType } from './commands.js';
export { parseOrderEvent } from './parseOrderEvent.js';
export { parseOrderCommand } from './parseOrderCommand.js';
export { orderStatuses, isOrderStatus } from './statuses.js';
export type { OrderStatus } from './statuses.js';
export { orderMachine, orderMachineEventTypes } from './machine.js';
export type { OrderMachineEvent, OrderMachineEventType } from './machine.js';
export type { OrderMachineContext } from './machineGuards.js';
export { orderTransitions } from './transitions.js';
export type {
  ChannelStatusObservation,
  ErpDocumentLink,
  Hold,
  OrderNote,
  OrderState,
  ParcelState,
  RefundsState,
  RmaState,
} from './state.js';
export { OrderStateSchema } from './stateSchema.js';
export { decide } from './decide.js';
export { apply } from './apply.js';
export { replay } from './replay.js';
export type {
  BlockingHold,
  OrderAlreadyCaptured,
  OrderCaptureInvalid,
  OrderHoldUnknown,
  OrderIdDuplicate,
  OrderInvalidTransition,
  OrderLifecycleError,
  OrderLineOpen,
  OrderLineUnknown,
  OrderNotCaptured,
  OrderOnHold,
  OrderParcelAlreadyShipped,
  OrderParcelInvalidTransition,
  OrderParcelNotShipped,
  OrderParcelUnknown,
  OrderQuantityExceeded,
  OrderQuantityInvalid,
  OrderReallocationSameWarehouse,
  OrderRefundExceedsPaid,
  OrderRefundInvalid,
  OrderReturnUnresolved,
  OrderRmaInvalidTransition,
  OrderRmaUnknown,
  OrderTrackingMissing,
  QuantityAction,
} from './lifecycleErrors.js';
export { orderLifecycleMessages } from './lifecycleMessages.js';
export { renderTimeline } from './renderTimeline.js';
export type { RenderTimelineOptions, TimelineEntry } from './renderTimeline.js';
export { formatTimeline } from './formatTimeline.js';
export { findBlockingHolds, isOnHold, listLineHolds } from './holds.js';
export { categorizeHold } from './holdCategory.js';
export { toCapturedOrder } from './toCapturedOrder.js';
export type { HoldCategory } from './holdCategory.js';
export {
  checkQuantities,
  countUnallocated,
  deriveLineStatus,
  deriveOrderProgress,
} from './quantities.js';
export type { LineStatus, OrderProgress, OrderProgressFlag, QuantityRule } from './quantities.js';
