export type { Clock } from './clock.js';
export type { IdGenerator, IdKind } from './idGenerator.js';
export type {
  ChannelCallContext,
  ConnectorContext,
  ConnectorFailure,
  ConnectorRejected,
  ConnectorResult,
  ConnectorTimeout,
  ConnectorUnavailable,
} from './connector.js';
export {
  BuyerNotificationSchema,
  EffectSchema,
  LabelRequestSchema,
  PickLineSchema,
  PreparationRequestSchema,
  SaleRequestSchema,
  StatusPushSchema,
  StockLineSchema,
  StockMovementSchema,
  TrackingPushSchema,
  buyerNotificationTemplates,
  effectKinds,
  statusPushCauses,
} from './effects.js';
export type {
  BuyerNotification,
  Effect,
  EffectKind,
  LabelRequest,
  PickLine,
  PreparationRequest,
  SaleRequest,
  StatusPush,
  StatusPushCause,
  StockLine,
  StockMovement,
  TrackingPush,
} from './effects.js';
export { LabelAckSchema, PreparationAckSchema, SaleAckSchema } from './acks.js';
export type { PreparationAck, WmsConnector } from './wmsConnector.js';
export type { ErpConnector, SaleAck } from './erpConnector.js';
export type { MarketplaceConnector } from './marketplaceConnector.js';
export {
  ActionReceiptSchema,
  ActionResultSchema,
  ChannelActionRequestSchema,
  ChannelRefundLineSchema,
} from './channelActions.js';
export type {
  ActionReceipt,
  ActionResult,
  ChannelActionKind,
  ChannelActionRequest,
  ChannelRefundLine,
} from './channelActions.js';
export type {
  ImportAck,
  MarketplaceApi,
  OrderFeedPage,
  OrderFeedRequest,
  StockLevel,
} from './marketplaceApi.js';
export type {
  ActionJournal,
  ActionJournalEntry,
  ActionJournalKey,
  ActionJournalState,
  ActionJournalUpdate,
} from './actionJournal.js';
export type {
  ExpectedStockVersion,
  PublishedAvailability,
  ReservationWrite,
  StockAppendBatch,
  StockAppendReceipt,
  StockStore,
  StoredStockEvent,
  StoredStockLevel,
} from './stockStore.js';
export type { CarrierConnector, LabelAck } from './carrierConnector.js';
export type { Notifier } from './notifier.js';
export type {
  OutboxLeaseLost,
  PortError,
  StockCheckpointConflict,
  StockVersionConflict,
  StoreAppendError,
  StoreChannelRefTaken,
  StoreRecordInvalid,
  StoreSchemaNameInvalid,
  StoreVersionConflict,
  StoredRecordKind,
} from './errors.js';
export { portMessages } from './messages.js';
export type {
  AppendBatch,
  AppendReceipt,
  OrderPage,
  OrderQuery,
  OrderRecord,
  OrderStore,
} from './orderStore.js';
export type {
  ClaimRequest,
  FailRequest,
  Outbox,
  OutboxClaim,
  OutboxMessage,
  OutboxMessageDraft,
  OutboxStatus,
} from './outbox.js';
