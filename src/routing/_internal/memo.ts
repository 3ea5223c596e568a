import type { RouteReason, WarehouseExplanation } from '../types.js';
import { createReasonMemo, type ReasonMemo } from './sharedReasons.js';

/**
 * The explanations of one warehouse for one country that most plans hold alike: it ranked
 * with every unit of the order, and was not needed or shipped it all.
 */
export interface SharedExplanations {
  /** Not needed (the order is covered), by stock balance. */
  readonly covered: WarehouseExplanation[];
  /** Chosen, by stock balance, then by units allocated. */
  readonly chosen: WarehouseExplanation[][];
}

/** What one destination country makes of the warehouses, by index in the prepared list. */
export interface CountryView {
  /** The shared rejection of a warehouse that is disabled or does not serve the country. */
  readonly rejections: readonly (WarehouseExplanation | undefined)[];
  /** The priority of a warehouse that may ship there (its zone's, or its own). */
  readonly priorities: readonly (Extract<RouteReason, { code: 'priority' }> | undefined)[];
  /** The explanations plans share, for a warehouse that may ship there. */
  readonly shared: readonly (SharedExplanations | undefined)[];
}

/** The capabilities a line needs, and the warehouses that have them all. */
export interface CapabilityNeed {
  /** Distinct and sorted. */
  readonly capabilities: readonly string[];
  /** 1 where the warehouse (by index) has every capability (all 1 when none is needed). */
  readonly servedBy: Uint8Array;
}

/**
 * What a routing call works out once and reuses for every order: the verdicts that depend on
 * the country or on the capabilities only, and the reasons many plans share.
 */
export interface RoutingMemo {
  readonly countries: Map<string, CountryView>;
  /** The need of a line that needs no capability: every warehouse has them. */
  readonly noCapabilities: CapabilityNeed;
  /** The capabilities of a SKU listed in the policy, by SKU. */
  readonly skus: Map<string, CapabilityNeed>;
  /** The warehouses that have a set of capabilities, by the set's JSON. */
  readonly servedBy: Map<string, Uint8Array>;
  readonly reasons: ReasonMemo;
}

/** An empty memo, for one routing call over `warehouseCount` warehouses. */
export const createRoutingMemo = (warehouseCount: number): RoutingMemo => ({
  countries: new Map(),
  noCapabilities: { capabilities: [], servedBy: new Uint8Array(warehouseCount).fill(1) },
  skus: new Map(),
  servedBy: new Map(),
  reasons: createReasonMemo(),
});
