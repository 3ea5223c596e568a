export type {
  BackorderPolicy,
  RouteAllocation,
  RouteBackorder,
  BackorderReason,
  RouteLine,
  RoutePlan,
  RouteReason,
  RouteReasonCode,
  RouteVerdict,
  RoutingLine,
  RoutingOrder,
  RoutingPolicy,
  SplitPolicy,
  StockView,
  Warehouse,
  WarehouseExplanation,
  WarehouseZone,
} from './types.js';
export type {
  RoutingError,
  RoutingPolicyField,
  RoutingPolicyInvalid,
  RoutingWarehouseInvalid,
  WarehouseField,
} from './errors.js';
export { routingMessages } from './messages.js';
export { routeOrder } from './routeOrder.js';
export { routeBatch } from './routeBatch.js';
export { formatRouteExplanation, formatRouteReason } from './formatRouteExplanation.js';
