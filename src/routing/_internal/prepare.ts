import { compareMoney, parseMoneyJson, type Money } from '../../money/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { RoutingError, WarehouseField } from '../errors.js';
import type { RouteReason, RoutingPolicy, Warehouse, WarehouseExplanation } from '../types.js';
import { createRoutingMemo, type RoutingMemo } from './memo.js';
import { freezeRejection, outOfStockReason } from './sharedReasons.js';

/** A validated warehouse with what ranking and explanations need precomputed. */
export interface PreparedWarehouse {
  readonly warehouse: Warehouse;
  /** Its position in {@link PreparedRouting.warehouses}. */
  readonly index: number;
  /** Its rank by cost among all warehouses (0 = cheapest; equal costs share a rank). */
  readonly costRank: number;
  readonly capabilities: ReadonlySet<string>;
  /** Its `cost` reason, shared by every plan of the call. */
  readonly costReason: Extract<RouteReason, { code: 'cost' }>;
  /** Its rejection as `disabled`, shared. */
  readonly disabled: WarehouseExplanation;
  /** Its rejection as `out_of_stock`, shared. */
  readonly outOfStock: WarehouseExplanation;
}

/** Validated routing inputs, reusable across the orders of a batch. */
export interface PreparedRouting {
  /** The warehouses, sorted by id (so input order never matters). */
  readonly warehouses: readonly PreparedWarehouse[];
  readonly policy: RoutingPolicy;
  /** The split threshold, parsed, when the policy has one. */
  readonly minOrderValue: Money | undefined;
  /** The `parcel_limit` reason of the policy, shared. */
  readonly parcelLimitReason: Extract<RouteReason, { code: 'parcel_limit' }>;
  /** Verdicts and reasons worked out once per call. */
  readonly memo: RoutingMemo;
}

const describe = (value: unknown): string =>
  value === undefined
    ? 'missing'
    : typeof value === 'string'
      ? `string "${value.slice(0, 40)}"`
      : typeof value === 'number'
        ? String(value)
        : typeof value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

const isNameList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '');

const isCountryList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v));

function checkPolicy(policy: unknown): Result<Money | undefined, RoutingError> {
  const bad = (field: 'split' | 'maxParcels' | 'backorder' | 'skuCapabilities', value: unknown) =>
    err({ code: 'routing/policy_invalid', field, received: describe(value) } as const);
  if (!isRecord(policy)) return bad('split', policy);
  let minOrderValue: Money | undefined;
  const split = policy['split'];
  if (isRecord(split)) {
    const parsed = parseMoneyJson(split['minOrderValue']);
    if (!parsed.ok) return bad('split', split['minOrderValue']);
    minOrderValue = parsed.value;
  } else if (split !== 'never' && split !== 'allowed') return bad('split', split);
  const maxParcels = policy['maxParcels'];
  if (typeof maxParcels !== 'number' || !Number.isSafeInteger(maxParcels) || maxParcels < 1) {
    return bad('maxParcels', maxParcels);
  }
  const backorder = policy['backorder'];
  if (backorder !== 'hold_missing_lines' && backorder !== 'hold_order') {
    return bad('backorder', backorder);
  }
  const caps = policy['skuCapabilities'];
  if (caps !== undefined && !(isRecord(caps) && Object.values(caps).every(isNameList))) {
    return bad('skuCapabilities', caps);
  }
  return ok(minOrderValue);
}

/** The first malformed field of a warehouse, if any. */
function malformedField(w: Record<string, unknown>): WarehouseField | undefined {
  if (typeof w['enabled'] !== 'boolean') return 'enabled';
  const countries = w['countries'];
  if (countries !== '*' && !isCountryList(countries)) return 'countries';
  const zones = w['zones'];
  if (
    zones !== undefined &&
    !(
      Array.isArray(zones) &&
      zones.every(
        (z) => isRecord(z) && isCountryList(z['countries']) && Number.isSafeInteger(z['priority']),
      )
    )
  ) {
    return 'zones';
  }
  if (!isNameList(w['capabilities'])) return 'capabilities';
  if (!Number.isSafeInteger(w['priority'])) return 'priority';
  return undefined;
}

/**
 * Checks the policy and the warehouses, and precomputes what every order's ranking needs.
 *
 * @param warehouses - the warehouses, any order
 * @param policy - the routing policy
 * @returns the prepared inputs, or the first problem found (policy first, then by index)
 */
export function prepareRouting(
  warehouses: readonly Warehouse[],
  policy: RoutingPolicy,
): Result<PreparedRouting, RoutingError> {
  const checked = checkPolicy(policy);
  if (!checked.ok) return checked;
  if (!isList(warehouses)) {
    return err({
      code: 'routing/warehouse_invalid',
      index: 0,
      warehouseId: '',
      field: 'warehouseId',
      reason: 'invalid',
    });
  }
  const seen = new Set<string>();
  const costs: Money[] = [];
  for (const [index, raw] of (warehouses as readonly unknown[]).entries()) {
    const w = isRecord(raw) ? raw : {};
    const id = w['warehouseId'];
    const fail = (field: WarehouseField, reason: 'invalid' | 'duplicate' | 'currency_mismatch') =>
      err({
        code: 'routing/warehouse_invalid',
        index,
        warehouseId: typeof id === 'string' && reason !== 'duplicate' ? id : '',
        field,
        reason,
      } as const);
    if (typeof id !== 'string' || id === '') return fail('warehouseId', 'invalid');
    if (seen.has(id)) return fail('warehouseId', 'duplicate');
    seen.add(id);
    const field = malformedField(w);
    if (field !== undefined) return fail(field, 'invalid');
    const cost = parseMoneyJson(w['costPerParcel']);
    if (!cost.ok || cost.value.amount.isNegative()) return fail('costPerParcel', 'invalid');
    const first = costs[0];
    if (first !== undefined && first.currency !== cost.value.currency) {
      return fail('costPerParcel', 'currency_mismatch');
    }
    costs.push(cost.value);
  }
  const distinct = [...costs].sort((a, b) => compareMoney(a, b));
  const ranked = warehouses.map((warehouse, i) => {
    const cost = costs[i] as Money;
    return { warehouse, costRank: distinct.findIndex((c) => compareMoney(c, cost) === 0) };
  });
  ranked.sort((a, b) =>
    a.warehouse.warehouseId < b.warehouse.warehouseId
      ? -1
      : a.warehouse.warehouseId > b.warehouse.warehouseId
        ? 1
        : 0,
  );
  const prepared = ranked.map(({ warehouse, costRank }, index): PreparedWarehouse => {
    const id = warehouse.warehouseId;
    return {
      warehouse,
      index,
      costRank,
      capabilities: new Set(warehouse.capabilities),
      costReason: Object.freeze({ code: 'cost', cost: warehouse.costPerParcel }),
      disabled: freezeRejection(id, { code: 'disabled' }),
      outOfStock: freezeRejection(id, outOfStockReason),
    };
  });
  return ok({
    warehouses: prepared,
    policy,
    minOrderValue: checked.value,
    parcelLimitReason: Object.freeze({ code: 'parcel_limit', maxParcels: policy.maxParcels }),
    memo: createRoutingMemo(prepared.length),
  });
}
