export { createOms } from './createOms.js';
export { defaultOmsPolicy } from './config.js';
export type {
  DiscrepancyPolicy,
  OmsConfig,
  OmsConnectors,
  OmsInventory,
  OmsPolicy,
} from './config.js';
export type {
  AllocationOutcome,
  CancelLinesInput,
  CommandOptions,
  DispatchReport,
  IngestOptions,
  IngestOutcome,
  Oms,
  OmsResult,
  OrderCommandInput,
  OrderRef,
  PlaceHoldInput,
  RecordParcelInput,
  RecordTrackingInput,
  StockDiscrepancyOutcome,
  StockUpdate,
  StockUpdateOutcome,
  SyncChannelStatusOutcome,
  TickReport,
  UpdateStockOptions,
  UpdateTrackingInput,
} from './oms.js';
export type {
  ConfigExpectation,
  EngineChannelMismatch,
  EngineConfigInvalid,
  EngineConflictPersisting,
  EngineError,
  EngineInventoryMissing,
  EngineOrderNotFound,
  EngineOwnError,
  EnginePayloadInvalid,
} from './errors.js';
export { engineMessages } from './messages.js';
export { planEffects } from './planEffects.js';
export type { PlanEffectsOptions, PlannedEffect } from './planEffects.js';
export { effectKey } from './effectKey.js';
export { computeBackoff } from './computeBackoff.js';
export type { ComputeBackoffOptions } from './computeBackoff.js';
export { connectMarketplace } from './connectMarketplace.js';
export type {
  ConnectMarketplaceOptions,
  MarketplaceActionConnector,
  SendActionContext,
} from './connectMarketplace.js';
export { pollChannelActions } from './pollChannelActions.js';
export type { PollChannelActionsOptions, PollChannelActionsReport } from './pollChannelActions.js';
export { publishAvailability } from './publishAvailability.js';
export type {
  AvailabilityPublishFailure,
  AvailabilityPublishReport,
  PublishAvailabilityDeps,
  PublishAvailabilityOptions,
} from './publishAvailability.js';
