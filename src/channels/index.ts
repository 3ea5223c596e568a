/**
 * Channels: marketplaces, feed managers, OMS and ERP described as plain data (`ChannelProfile`),
 * with what their statuses mean in the unified lifecycle and which of their actions realises
 * each of ordokit's actions, at which statuses.
 */
export {
  channelActions,
  channelFlags,
  type ChannelAction,
  type ChannelActionRule,
  type ChannelFlag,
  type ChannelProfile,
  type ChannelStage,
  type ChannelStatusMeaning,
  type Confidence,
  type PriceSemantics,
} from './profile.js';
export type {
  ChannelActionNotAllowed,
  ChannelActionUnsupported,
  ChannelError,
  ChannelPayloadInvalid,
  ChannelPayloadIssue,
  ChannelShippingMethodUnknown,
  ChannelStatusUnknown,
  ShippingRuleEmptyMatch,
  ShippingRuleEmptyMeaning,
  ShippingRuleIssue,
  ShippingRuleMalformed,
  ShippingRulesNotAList,
  ShippingRuleShadowed,
  ShippingRuleUnknownConfidence,
  ShippingRuleUnknownDeliveryType,
  ShippingRuleUnknownMatchKind,
  ShippingRuleUnknownServiceLevel,
} from './errors.js';
export { channelMessages } from './messages.js';
export {
  deliveryTypes,
  serviceLevels,
  shippingMethodMatchKinds,
  type DeliveryType,
  type ServiceLevel,
  type ShippingMethodMatch,
  type ShippingMethodMatchKind,
  type ShippingMethodMeaning,
  type ShippingMethodRule,
} from './shippingMethods.js';
export { mapShippingMethod } from './mapShippingMethod.js';
export { checkShippingMethodRules } from './checkShippingMethodRules.js';
export { defaultShippingMethodRules } from './defaultShippingMethodRules.js';
export { readChannelStatus } from './readChannelStatus.js';
export { channelActionFor } from './channelActionFor.js';
export { lengowProfile } from './profiles/lengow.js';
export { shoppingFeedProfile } from './profiles/shoppingFeed.js';
export { beezupProfile } from './profiles/beezup.js';
export { channableProfile } from './profiles/channable.js';
export { miraklProfile } from './profiles/mirakl.js';
export { amazonSpApiProfile } from './profiles/amazonSpApi.js';
export { shippingboProfile } from './profiles/shippingbo.js';
export { izifluxProfile } from './profiles/iziflux.js';
export { odooProfile } from './profiles/odoo.js';
export { channelProfiles } from './profiles/index.js';
export { planChannelSync } from './planChannelSync.js';
export type {
  ChannelOrderReading,
  MappedOrder,
  PendingChannelOrder,
  WithheldOrderPart,
} from './mappers/mappedOrder.js';
export { fromLengowOrder, type FromLengowOrderContext } from './mappers/fromLengowOrder.js';
export {
  fromMiraklOrder,
  type FromMiraklOrderContext,
  type MiraklTaxMode,
} from './mappers/fromMiraklOrder.js';
export { fromAmazonOrder, type FromAmazonOrderContext } from './mappers/fromAmazonOrder.js';
export {
  fromShoppingFeedOrder,
  type FromShoppingFeedOrderContext,
} from './mappers/fromShoppingFeedOrder.js';
export {
  fromShippingboOrder,
  type FromShippingboOrderContext,
} from './mappers/fromShippingboOrder.js';
export { fromBeezupOrder, type FromBeezupOrderContext } from './mappers/fromBeezupOrder.js';
export { fromIzifluxOrder, type FromIzifluxOrderContext } from './mappers/fromIzifluxOrder.js';
export {
  fromChannableOrder,
  type FromChannableOrderContext,
} from './mappers/fromChannableOrder.js';
export type {
  ChannelSyncCommand,
  ChannelSyncHold,
  ChannelSyncOutcome,
  ChannelSyncPlan,
  PlanChannelSyncOptions,
} from './planChannelSync.js';
