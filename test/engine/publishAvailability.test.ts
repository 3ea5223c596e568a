import { describe, expect, it } from 'vitest';
import {
  createFakeMarketplaceApi,
  createMemoryActionJournal,
  createMemoryStockStore,
} from '../../src/adapters/memory/index.js';
import {
  applyStock,
  createAvailabilityIndex,
  decideStock,
  emptyStockState,
  err,
  findReservation,
  findStockLevel,
  isOrdokitError,
  ok,
  shoppingFeedProfile,
  validateAvailabilityPolicy,
  validateBundleCatalogue,
  type ChannelCallContext,
  type ConnectorFailure,
  type MarketplaceConnector,
  type StockCommand,
  type StockEvent,
  type StockLevel,
  type StockState,
  type StockStore,
} from '../../src/index.js';
import { connectMarketplace } from '../../src/engine/index.js';
import {
  publishAvailability,
  type PublishAvailabilityDeps,
} from '../../src/engine/publishAvailability.js';

const tenantId = 'shop-1';
const now = '2025-03-01T10:00:00.000Z';
const at = '2025-03-01T09:00:00Z';
const wms = { kind: 'wms', id: 'wms-1' } as const;
const engine = { kind: 'system', id: 'engine' } as const;

// GIFT-BOX = 2 × MUG + 1 × TEA. amazon sells PAR and LYO (2 units + 10 % held back),
// shop sells PAR only (nothing held back in cruise, 1 unit in peak).
const index = (() => {
  const catalogue = validateBundleCatalogue([
    {
      sku: 'GIFT-BOX',
      components: [
        { sku: 'MUG', quantity: 2 },
        { sku: 'TEA', quantity: 1 },
      ],
    },
  ]);
  if (!catalogue.ok) throw new Error('fixture');
  return createAvailabilityIndex(catalogue.value);
})();

function policyIn(mode: 'cruise' | 'peak') {
  const policy = validateAvailabilityPolicy({
    mode,
    channels: {
      amazon: {
        warehouses: ['PAR', 'LYO'],
        cruise: { absolute: 2, percent: 10 },
        peak: { absolute: 5, percent: 20 },
      },
      shop: {
        warehouses: ['PAR'],
        cruise: { absolute: 0, percent: 0 },
        peak: { absolute: 1, percent: 0 },
      },
    },
  });
  if (!policy.ok) throw new Error('fixture');
  return policy.value;
}

const adjust = (warehouseId: string, sku: string, delta: number): StockCommand => ({
  type: 'adjust',
  at,
  actor: wms,
  warehouseId,
  sku,
  delta,
  reasonCode: delta > 0 ? 'received' : 'damaged',
});

/** Decides the commands on the ledger and appends their events to the store, as the engine would. */
async function record(
  stock: StockStore,
  state: StockState,
  commands: readonly StockCommand[],
): Promise<StockState> {
  let next = state;
  const events: StockEvent[] = [];
  for (const command of commands) {
    const decided = decideStock(next, command);
    if (!decided.ok) throw new Error(`refused: ${decided.error.code}`);
    for (const event of decided.value) {
      events.push(event);
      next = applyStock(next, event);
    }
  }
  const pairs = [
    ...new Set(events.map((e) => JSON.stringify([e.data.warehouseId, e.data.sku]))),
  ].map((text) => JSON.parse(text) as [string, string]);
  const stored = await stock.loadLevels(tenantId, [...new Set(pairs.map(([, sku]) => sku))]);
  const versionOf = (w: string, sku: string) =>
    stored.find((s) => s.level.warehouseId === w && s.level.sku === sku)?.version ?? 0;
  // Each reservation the events touched, once, as the batch leaves it (0 when gone).
  const lines = new Map<
    string,
    { orderId: string; lineId: string; warehouseId: string; sku: string }
  >();
  for (const e of events) {
    if (!('orderId' in e.data)) continue;
    const { orderId, lineId, warehouseId, sku } = e.data;
    lines.set(JSON.stringify([orderId, lineId, warehouseId, sku]), {
      orderId,
      lineId,
      warehouseId,
      sku,
    });
  }
  const reservations = [...lines.values()].map((key) => ({
    ...key,
    quantity: findReservation(next, key)?.quantity ?? 0,
  }));
  const appended = await stock.append({
    tenantId,
    expected: pairs.map(([w, sku]) => ({ warehouseId: w, sku, version: versionOf(w, sku) })),
    events,
    levels: pairs.map(([w, sku]) => findStockLevel(next, w, sku)),
    reservations,
  });
  if (!appended.ok) throw new Error(appended.error.code);
  return next;
}

type Answer = 'ok' | 'unavailable' | 'rejected' | 'throw';

/** A marketplace connector that records what it is told and answers from a script. */
function fakeChannel(channel: string, script: Answer[] = []) {
  const told: (readonly StockLevel[])[] = [];
  const connector: MarketplaceConnector = {
    channel,
    pushStatus: () => Promise.resolve(ok(undefined)),
    pushTracking: () => Promise.resolve(ok(undefined)),
    publishStock(levels: readonly StockLevel[], _context: ChannelCallContext) {
      told.push(levels);
      const answer = script.shift() ?? 'ok';
      if (answer === 'throw') throw new Error('socket hang up');
      if (answer === 'ok') return Promise.resolve(ok(undefined));
      const code = answer === 'rejected' ? 'connector/rejected' : 'connector/unavailable';
      return Promise.resolve(err<ConnectorFailure>({ code, target: channel }));
    },
  };
  return { connector, told };
}

/** PAR: 40 MUG, 4 TEA; LYO: 17 MUG, 30 TEA (no reservation, no safety). */
async function setUp(scripts: { amazon?: Answer[]; shop?: Answer[] } = {}) {
  const stock = createMemoryStockStore();
  const amazon = fakeChannel('amazon', scripts.amazon);
  const shop = fakeChannel('shop', scripts.shop);
  const state = await record(stock, emptyStockState, [
    adjust('PAR', 'MUG', 40),
    adjust('PAR', 'TEA', 4),
    adjust('LYO', 'MUG', 17),
    adjust('LYO', 'TEA', 30),
  ]);
  const deps: PublishAvailabilityDeps = {
    stock,
    marketplaces: { amazon: amazon.connector, shop: shop.connector },
    policy: policyIn('cruise'),
    index,
    batchSize: 100,
  };
  return { stock, amazon, shop, state, deps };
}

// amazon: MUG S = 57 → 57 − 2 − 6 = 49; TEA S = 34 → 34 − 2 − 4 = 28; GIFT-BOX S = min(20, 4)
// + min(8, 30) = 12 → 12 − 2 − 2 = 8. shop (PAR): MUG 40, TEA 4, GIFT-BOX 4.
const firstAmazon = [
  { sku: 'GIFT-BOX', available: 8 },
  { sku: 'MUG', available: 49 },
  { sku: 'TEA', available: 28 },
];
const firstShop = [
  { sku: 'GIFT-BOX', available: 4 },
  { sku: 'MUG', available: 40 },
  { sku: 'TEA', available: 4 },
];

describe('publishAvailability', () => {
  it('publishes the figures of the touched SKUs and their bundles, then moves the checkpoint', async () => {
    const { stock, amazon, shop, deps } = await setUp();
    const report = await publishAvailability(deps, tenantId, now);
    expect(amazon.told).toEqual([firstAmazon]);
    expect(shop.told).toEqual([firstShop]);
    expect(report).toMatchObject({
      fromSeq: 0,
      toSeq: 4,
      eventsRead: 4,
      more: false,
      published: { amazon: 3, shop: 3 },
      failures: [],
    });
    expect(report.figures).toHaveLength(6);
    const saved = await stock.loadPublished(tenantId, 'amazon', ['GIFT-BOX', 'MUG', 'TEA']);
    expect(saved.checkpoint).toBe(4);
    expect(Object.fromEntries(saved.figures)).toEqual({ 'GIFT-BOX': 8, MUG: 49, TEA: 28 });
  });

  it('does nothing more when no stock event came since', async () => {
    const { amazon, deps } = await setUp();
    await publishAvailability(deps, tenantId, now);
    const again = await publishAvailability(deps, tenantId, now);
    expect(again).toEqual({
      fromSeq: 4,
      toSeq: 4,
      eventsRead: 0,
      more: false,
      published: {},
      figures: [],
      failures: [],
    });
    expect(amazon.told).toHaveLength(1);
  });

  it('tells a channel only what changed for it', async () => {
    const { stock, amazon, shop, state, deps } = await setUp();
    await publishAvailability(deps, tenantId, now);
    // 3 mugs fewer in LYO: amazon's MUG and GIFT-BOX change; shop (PAR only) sees nothing.
    await record(stock, state, [adjust('LYO', 'MUG', -3)]);
    const report = await publishAvailability(deps, tenantId, now);
    // amazon MUG S = 54 → 54 − 2 − 6 = 46; GIFT-BOX S = 4 + 7 = 11 → 11 − 2 − 2 = 7.
    expect(amazon.told[1]).toEqual([
      { sku: 'GIFT-BOX', available: 7 },
      { sku: 'MUG', available: 46 },
    ]);
    expect(shop.told).toHaveLength(1);
    expect(report).toMatchObject({ fromSeq: 4, toSeq: 5, eventsRead: 1, published: { amazon: 2 } });
  });

  it('moves the checkpoint without telling anyone when the figures did not change', async () => {
    const { stock, amazon, shop, state, deps } = await setUp();
    await publishAvailability(deps, tenantId, now);
    // Reserving then releasing the same units leaves every figure where it was.
    const reserve: StockCommand = {
      type: 'reserve',
      at,
      actor: engine,
      orderId: 'o-1',
      lineId: 'l-1',
      warehouseId: 'PAR',
      sku: 'MUG',
      quantity: 2,
    };
    const release: StockCommand = { ...reserve, type: 'release' };
    await record(stock, state, [reserve, release]);
    const report = await publishAvailability(deps, tenantId, now);
    expect(report).toMatchObject({
      fromSeq: 4,
      toSeq: 6,
      eventsRead: 2,
      published: {},
      figures: [],
    });
    expect(amazon.told).toHaveLength(1);
    expect(shop.told).toHaveLength(1);
  });

  it('keeps the checkpoint after a failure worth retrying, and publishes everything again next time', async () => {
    const { stock, amazon, shop, deps } = await setUp({ shop: ['unavailable'] });
    const failed = await publishAvailability(deps, tenantId, now);
    expect(failed).toMatchObject({
      fromSeq: 0,
      toSeq: 0,
      published: { amazon: 3 },
      figures: [],
      failures: [{ code: 'connector/unavailable', target: 'shop' }],
    });
    expect((await stock.loadPublished(tenantId, 'amazon', ['MUG'])).figures.size).toBe(0);
    const retried = await publishAvailability(deps, tenantId, now);
    expect(retried).toMatchObject({ toSeq: 4, published: { amazon: 3, shop: 3 }, failures: [] });
    expect(amazon.told).toEqual([firstAmazon, firstAmazon]);
    expect(shop.told).toEqual([firstShop, firstShop]);
  });

  it('reports a connector that throws as unavailable', async () => {
    const { deps } = await setUp({ amazon: ['throw'] });
    const report = await publishAvailability(deps, tenantId, now);
    expect(report.failures).toEqual([
      {
        code: 'connector/unavailable',
        target: 'amazon',
        detail: 'publishStock threw: socket hang up',
      },
    ]);
    expect(report.toSeq).toBe(0);
  });

  it('moves on after a rejection, recording only what the channels accepted', async () => {
    const { stock, deps } = await setUp({ amazon: ['rejected'] });
    const report = await publishAvailability(deps, tenantId, now);
    expect(report).toMatchObject({
      toSeq: 4,
      published: { shop: 3 },
      failures: [{ code: 'connector/rejected', target: 'amazon' }],
    });
    expect(report.figures.map((f) => f.channel)).toEqual(['shop', 'shop', 'shop']);
    const skus = ['GIFT-BOX', 'MUG', 'TEA'];
    expect((await stock.loadPublished(tenantId, 'amazon', skus)).figures.size).toBe(0);
    expect((await stock.loadPublished(tenantId, 'shop', skus)).figures.size).toBe(3);
  });

  it('reports another publisher that moved the checkpoint first, and records nothing', async () => {
    const { stock, deps } = await setUp();
    const racing: StockStore = {
      ...stock,
      async savePublished(t, fromSeq, toSeq, figures) {
        await stock.savePublished(t, fromSeq, toSeq, []);
        return stock.savePublished(t, fromSeq, toSeq, figures);
      },
    };
    const report = await publishAvailability({ ...deps, stock: racing }, tenantId, now);
    expect(report).toMatchObject({
      toSeq: 0,
      figures: [],
      failures: [{ code: 'stock/checkpoint_conflict', tenantId, expectedSeq: 0, actualSeq: 4 }],
    });
  });

  it('reads at most batchSize events per call and says when more are waiting', async () => {
    const { amazon, deps } = await setUp();
    const first = await publishAvailability({ ...deps, batchSize: 3 }, tenantId, now);
    // Events 1–3 touch MUG and TEA; the levels read are the current ones (after event 4 too),
    // so the figures are never behind the log.
    expect(first).toMatchObject({ fromSeq: 0, toSeq: 3, eventsRead: 3, more: true });
    expect(amazon.told).toEqual([firstAmazon]);
    // Event 4 (LYO's tea) changes nothing that was not already told: only the checkpoint moves.
    const second = await publishAvailability({ ...deps, batchSize: 3 }, tenantId, now);
    expect(second).toMatchObject({ fromSeq: 3, toSeq: 4, eventsRead: 1, more: false, figures: [] });
    expect(amazon.told).toHaveLength(1);
  });

  it('recomputes the SKUs given after a change of mode', async () => {
    const { amazon, shop, deps } = await setUp();
    await publishAvailability(deps, tenantId, now);
    const peak = { ...deps, policy: policyIn('peak') };
    const report = await publishAvailability(peak, tenantId, now, { skus: ['MUG', 'TEA'] });
    // amazon peak: MUG 57 − 5 − ⌈11.4⌉ = 40, TEA 34 − 5 − ⌈6.8⌉ = 22, GIFT-BOX 12 − 5 − 3 = 4.
    expect(amazon.told[1]).toEqual([
      { sku: 'GIFT-BOX', available: 4 },
      { sku: 'MUG', available: 40 },
      { sku: 'TEA', available: 22 },
    ]);
    expect(shop.told[1]).toEqual([
      { sku: 'GIFT-BOX', available: 3 },
      { sku: 'MUG', available: 39 },
      { sku: 'TEA', available: 3 },
    ]);
    expect(report).toMatchObject({ fromSeq: 4, toSeq: 4, eventsRead: 0 });
  });

  it('publishes only to the channels of the policy whose connector publishes stock', async () => {
    const { shop, deps } = await setUp();
    const silent: MarketplaceConnector = {
      channel: 'amazon',
      pushStatus: () => Promise.resolve(ok(undefined)),
      pushTracking: () => Promise.resolve(ok(undefined)),
    };
    const ebay = fakeChannel('ebay');
    const marketplaces = { amazon: silent, shop: shop.connector, ebay: ebay.connector };
    const report = await publishAvailability({ ...deps, marketplaces }, tenantId, now);
    expect(report).toMatchObject({ toSeq: 4, published: { shop: 3 } });
    expect(shop.told).toEqual([firstShop]);
    expect(ebay.told).toEqual([]);
  });

  it('reads nothing and keeps the checkpoint when no channel publishes stock', async () => {
    const { deps } = await setUp();
    const report = await publishAvailability({ ...deps, marketplaces: {} }, tenantId, now);
    expect(report).toEqual({
      fromSeq: 0,
      toSeq: 0,
      eventsRead: 0,
      more: false,
      published: {},
      figures: [],
      failures: [],
    });
  });

  it('publishes through connectMarketplace to the channel API', async () => {
    const { deps } = await setUp();
    const api = createFakeMarketplaceApi('shop');
    const connector = connectMarketplace({
      api,
      profile: { ...shoppingFeedProfile, code: 'shop' },
      journal: createMemoryActionJournal(),
    });
    await publishAvailability({ ...deps, marketplaces: { shop: connector } }, tenantId, now);
    expect(api.stock).toEqual({ 'GIFT-BOX': 4, MUG: 40, TEA: 4 });
  });

  it('throws on a batch size or a policy it cannot use', async () => {
    const { deps } = await setUp();
    const thrown = async (d: PublishAvailabilityDeps) => {
      try {
        await publishAvailability(d, tenantId, now);
      } catch (error) {
        return isOrdokitError(error) ? error.detail : error;
      }
      return undefined;
    };
    expect(await thrown({ ...deps, batchSize: 0 })).toEqual({
      code: 'engine/config_invalid',
      field: 'batchSize',
      expected: 'positive_integer',
    });
    expect(await thrown({ ...deps, policy: { mode: 'cruise', channels: {} } })).toEqual({
      code: 'availability/policy_invalid',
      field: 'channels',
      reason: 'empty',
    });
  });
});
