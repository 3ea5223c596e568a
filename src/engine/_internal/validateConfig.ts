import { ActorSchema, ParcelCarrierSchema, validateOrder } from '../../order/index.js';
import { OrdokitError } from '../../result/index.js';
import { validateAvailabilityPolicy } from '../../availability/index.js';
import { routeOrder } from '../../routing/index.js';
import type { OmsConfig, OmsConnectors, OmsInventory, OmsPolicy } from '../config.js';
import type { ConfigExpectation, EngineConfigInvalid } from '../errors.js';

const slug = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

function fail(field: string, expected: ConfigExpectation): never {
  const detail: EngineConfigInvalid = { code: 'engine/config_invalid', field, expected };
  throw new OrdokitError(detail, `createOms: ${field} must be ${expected}`);
}

function isCode(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && slug.test(value);
}

function hasMethods(value: unknown, methods: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Readonly<Record<string, unknown>>;
  return methods.every((m) => typeof record[m] === 'function');
}

function checkPorts(config: OmsConfig): void {
  const ports: readonly (readonly [keyof OmsConfig, readonly string[]])[] = [
    ['store', ['load', 'findByChannelRef', 'loadEvents', 'append', 'list']],
    ['outbox', ['claimDue', 'complete', 'fail', 'rearm', 'listByOrder']],
    ['clock', ['now']],
    ['ids', ['next']],
  ];
  for (const [field, methods] of ports) {
    if (!hasMethods(config[field], methods)) fail(field, 'port');
  }
}

const stockMethods = [
  'loadLevels',
  'loadReservations',
  'loadReservationsAt',
  'append',
  'loadEvents',
  'loadPublished',
  'savePublished',
];

/** The stock store is a port, the warehouses and routing policy route (checked by a dry run). */
function checkInventory(inventory: OmsInventory): void {
  const raw: unknown = inventory;
  if (typeof raw !== 'object' || raw === null) fail('inventory', 'inventory');
  if (!hasMethods(inventory.stock, stockMethods)) fail('inventory.stock', 'port');
  if (!Array.isArray(inventory.warehouses)) fail('inventory.warehouses', 'inventory');
  const onDiscrepancy: unknown = inventory.onDiscrepancy;
  if (onDiscrepancy !== undefined && onDiscrepancy !== 'hold' && onDiscrepancy !== 'reroute') {
    fail('inventory.onDiscrepancy', 'inventory');
  }
  const bundles: unknown = inventory.bundles;
  if (bundles !== undefined && !(inventory.bundles?.expanded instanceof Map)) {
    fail('inventory.bundles', 'inventory');
  }
  const availability: unknown = inventory.availability;
  if (availability !== undefined) {
    if (!validateAvailabilityPolicy(inventory.availability?.policy).ok) {
      fail('inventory.availability.policy', 'inventory');
    }
    const batchSize = inventory.availability?.batchSize;
    if (batchSize !== undefined && !(Number.isSafeInteger(batchSize) && batchSize >= 1)) {
      fail('inventory.availability.batchSize', 'positive_integer');
    }
  }
  const dryRun = routeOrder(
    {
      shippingAddress: { country: 'FR' },
      totals: { grandTotal: { amount: '0', currency: 'EUR' } },
      lines: [],
    },
    inventory.warehouses,
    { available: () => 0 },
    inventory.routing,
  );
  if (!dryRun.ok) {
    const e = dryRun.error;
    fail(
      e.code === 'routing/policy_invalid'
        ? `inventory.routing.${e.field}`
        : `inventory.warehouses.${String(e.index)}.${e.field}`,
      'inventory',
    );
  }
}

function checkCoded(
  field: string,
  given: Readonly<Record<string, unknown>> | undefined,
  codeOf: (connector: Readonly<Record<string, unknown>>) => unknown,
  methods: readonly string[],
): void {
  const record: unknown = given;
  if (record === undefined) return;
  if (typeof record !== 'object' || record === null) fail(field, 'port');
  for (const [key, connector] of Object.entries(record)) {
    const path = `${field}.${key}`;
    if (!hasMethods(connector, methods)) fail(path, 'port');
    if (!isCode(key)) fail(path, 'code');
    if (codeOf(connector as Readonly<Record<string, unknown>>) !== key) fail(path, 'matching_key');
  }
}

function checkConnectors(connectors: OmsConnectors): void {
  checkCoded('connectors.marketplaces', connectors.marketplaces, (c) => c.channel, [
    'pushStatus',
    'pushTracking',
  ]);
  checkCoded('connectors.carriers', connectors.carriers, (c) => c.code, ['createLabel']);
  const single = [
    ['wms', connectors.wms, ['prepare']],
    ['erp', connectors.erp, ['recordSale']],
  ] as const;
  for (const [name, connector, methods] of single) {
    if (connector === undefined) continue;
    if (!hasMethods(connector, methods)) fail(`connectors.${name}`, 'port');
    if (!isCode(connector.code)) fail(`connectors.${name}.code`, 'code');
  }
  if (connectors.notifier !== undefined && !hasMethods(connectors.notifier, ['notifyBuyer'])) {
    fail('connectors.notifier', 'port');
  }
}

function checkPolicy(policy: OmsPolicy): void {
  const positive = [
    'maxAttempts',
    'backoffBaseMs',
    'leaseMs',
    'dispatchBatch',
    'autoCloseAfterDays',
  ] as const;
  for (const field of positive) {
    const value = policy[field];
    if (!Number.isSafeInteger(value) || value < 1) fail(`policy.${field}`, 'positive_integer');
  }
  const { backoffMaxMs, conflictRetries } = policy;
  if (!Number.isSafeInteger(backoffMaxMs) || backoffMaxMs < policy.backoffBaseMs) {
    fail('policy.backoffMaxMs', 'at_least_backoff_base');
  }
  if (!Number.isSafeInteger(conflictRetries) || conflictRetries < 0) {
    fail('policy.conflictRetries', 'non_negative_integer');
  }
  if (typeof policy.deferInvoicing !== 'boolean') fail('policy.deferInvoicing', 'boolean');
  const locale: unknown = policy.locale;
  if (locale !== 'en' && locale !== 'fr') fail('policy.locale', 'locale');
  if (!ActorSchema.safeParse(policy.systemActor).success) fail('policy.systemActor', 'actor');
  if (
    policy.defaultCarrier !== undefined &&
    !ParcelCarrierSchema.safeParse(policy.defaultCarrier).success
  ) {
    fail('policy.defaultCarrier', 'carrier');
  }
  const channels: unknown = policy.channelsNeedingAcceptance;
  if (!Array.isArray(channels) || !channels.every(isCode)) {
    fail('policy.channelsNeedingAcceptance', 'code_list');
  }
  const tenants: unknown = policy.tenants;
  if (!Array.isArray(tenants) || !tenants.every((t) => typeof t === 'string' && t.length > 0)) {
    fail('policy.tenants', 'id_list');
  }
  const profiles: unknown = policy.channelProfiles;
  const isProfile = (p: unknown): boolean =>
    typeof p === 'object' &&
    p !== null &&
    isCode((p as { readonly code?: unknown }).code) &&
    typeof (p as { readonly statuses?: unknown }).statuses === 'object' &&
    (p as { readonly statuses?: unknown }).statuses !== null;
  if (
    typeof profiles !== 'object' ||
    profiles === null ||
    Array.isArray(profiles) ||
    !Object.entries(profiles).every(([key, p]) => isCode(key) && isProfile(p))
  ) {
    fail('policy.channelProfiles', 'channel_profiles');
  }
  // Invalid validation options throw their own OrdokitError now rather than at the first ingest.
  validateOrder(undefined, policy.validation);
}

/**
 * Resolves the policy with its defaults and checks the whole config.
 *
 * @throws OrdokitError `engine/config_invalid` (or `order/option_invalid` for validation options)
 */
export function resolveConfig(config: OmsConfig, defaults: OmsPolicy): OmsPolicy {
  const raw: unknown = config;
  if (typeof raw !== 'object' || raw === null) fail('config', 'port');
  checkPorts(config);
  checkConnectors(config.connectors ?? {});
  if (config.inventory !== undefined) checkInventory(config.inventory);
  const overrides: Readonly<Record<string, unknown>> = config.policy ?? {};
  const policy: Record<string, unknown> = { ...defaults };
  // Known keys only; a key given as undefined (from JavaScript) keeps its default.
  for (const key of [...Object.keys(defaults), 'defaultCarrier']) {
    const value = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (value !== undefined) policy[key] = value;
  }
  checkPolicy(policy as unknown as OmsPolicy);
  return policy as unknown as OmsPolicy;
}
