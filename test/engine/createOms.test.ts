import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createMemoryStorage,
  createSequentialIds,
} from '../../src/adapters/memory/index.js';
import { isOrdokitError, type OmsConfig, type OrderRef } from '../../src/index.js';
import { createOms } from '../../src/engine/index.js';
import { failure, ingestFixture, recordingConnectors, setup, start, value } from './_support.js';

const operator = { kind: 'user', id: 'u-42' } as const;
const tracking = { number: '6A12345678901', carrierCode: 'colissimo' } as const;

function baseConfig(): OmsConfig {
  const storage = createMemoryStorage();
  return {
    store: storage.store,
    outbox: storage.outbox,
    clock: createManualClock(start),
    ids: createSequentialIds(),
  };
}

function configError(config: unknown): unknown {
  try {
    createOms(config as OmsConfig);
  } catch (e) {
    if (isOrdokitError(e)) return e.detail;
    throw e;
  }
  return undefined;
}

describe('createOms: config', () => {
  it('accepts a minimal config and the defaults', () => {
    expect(configError(baseConfig())).toBeUndefined();
    expect(configError({ ...baseConfig(), policy: { conflictRetries: 0 } })).toBeUndefined();
    expect(
      configError({ ...baseConfig(), connectors: recordingConnectors().connectors }),
    ).toBeUndefined();
  });

  it.each([
    [{ store: undefined }, 'store', 'port'],
    [{ clock: {} }, 'clock', 'port'],
    [{ policy: { maxAttempts: 0 } }, 'policy.maxAttempts', 'positive_integer'],
    [{ policy: { leaseMs: -5 } }, 'policy.leaseMs', 'positive_integer'],
    [{ policy: { dispatchBatch: 1.5 } }, 'policy.dispatchBatch', 'positive_integer'],
    [
      { policy: { autoCloseAfterDays: Number.NaN } },
      'policy.autoCloseAfterDays',
      'positive_integer',
    ],
    [{ policy: { conflictRetries: -1 } }, 'policy.conflictRetries', 'non_negative_integer'],
    [{ policy: { backoffMaxMs: 10 } }, 'policy.backoffMaxMs', 'at_least_backoff_base'],
    [{ policy: { locale: 'de' } }, 'policy.locale', 'locale'],
    [{ policy: { systemActor: { kind: 'robot', id: 'x' } } }, 'policy.systemActor', 'actor'],
    [{ policy: { defaultCarrier: { code: 'La Poste' } } }, 'policy.defaultCarrier', 'carrier'],
    [
      { policy: { channelsNeedingAcceptance: ['Amazon'] } },
      'policy.channelsNeedingAcceptance',
      'code_list',
    ],
    [
      { connectors: { wms: { code: 'Main WMS', prepare: () => 0 } } },
      'connectors.wms.code',
      'code',
    ],
    [{ connectors: { erp: { code: 'odoo' } } }, 'connectors.erp', 'port'],
    [
      { connectors: { carriers: { dhl: { code: 'ups', createLabel: () => 0 } } } },
      'connectors.carriers.dhl',
      'matching_key',
    ],
  ])('throws engine/config_invalid for %j', (change, fieldName, expected) => {
    const config = { ...baseConfig(), ...change };
    expect(configError(config)).toEqual({
      code: 'engine/config_invalid',
      field: fieldName,
      expected,
    });
  });

  it('keeps a default when an override is undefined', () => {
    const config = { ...baseConfig(), policy: { maxAttempts: undefined } };
    expect(configError(config)).toBeUndefined();
  });
});

describe('createOms: commands', () => {
  async function accepted() {
    const { connectors, calls } = recordingConnectors();
    const harness = setup({ connectors });
    const ref = await ingestFixture(harness.oms);
    return { ...harness, ref, calls };
  }

  it('accepts and refuses orders that wait for acceptance', async () => {
    const { oms, storage } = setup({
      connectors: recordingConnectors().connectors,
      policy: { channelsNeedingAcceptance: ['amazon'] },
    });
    const ref = await ingestFixture(oms);
    const state = value(await oms.accept(ref, { actor: operator, reason: 'checked' }));
    expect(state.status).toBe('accepted');
    const history = value(await oms.history(ref));
    expect(history.at(-1)).toMatchObject({
      type: 'order.accepted',
      actor: operator,
      reason: 'checked',
    });
    const pushes = storage
      .listMessages()
      .filter((m) => m.effect.kind === 'marketplace.push_status');
    expect(pushes.map((m) => m.key)).toEqual([`${ref.orderId}:marketplace.push_status:amazon:2`]);

    const other = await ingestFixture(oms, (json) => {
      (json.channelRef as { channelOrderRef: string }).channelOrderRef = 'R-2';
    });
    const refused = value(await oms.refuse(other, 'out_of_stock'));
    expect(refused.status).toBe('refused');
    expect(value(await oms.history(other)).at(-1)?.actor).toEqual({
      kind: 'system',
      id: 'ordokit',
    });
  });

  it('returns lifecycle refusals and writes nothing', async () => {
    const { oms, ref, storage } = await accepted();
    const before = storage.stats();
    expect(failure(await oms.accept(ref))).toMatchObject({ code: 'order/invalid_transition' });
    expect(storage.stats()).toEqual(before);
  });

  it('runs an order from preparation to closing', async () => {
    const { oms, ref, clock, storage } = await accepted();
    expect(value(await oms.startPreparation(ref, { warehouseId: 'WH1' })).warehouseId).toBe('WH1');
    const packed = value(
      await oms.recordParcel(ref, {
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
        ],
        carrier: { code: 'colissimo' },
      }),
    );
    expect(Object.keys(packed.parcels)).toEqual(['parcel-000001']);
    expect(packed.order.lines.map((l) => l.quantities.allocated)).toEqual([2, 1]);
    const types = value(await oms.history(ref)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['order.lines_allocated', 'parcel.created']);
    const labels = storage.listMessages().filter((m) => m.effect.kind === 'carrier.create_label');
    expect(labels).toHaveLength(1);

    const shipped = value(await oms.recordTracking(ref, { parcelId: 'parcel-000001', tracking }));
    expect(shipped.status).toBe('shipped');
    const moving = value(
      await oms.updateTracking(ref, { parcelId: 'parcel-000001', status: 'in_transit' }),
    );
    expect(moving.parcels['parcel-000001']?.status).toBe('in_transit');
    expect(moving.holds).toEqual([]);
    const delivered = value(await oms.markDelivered(ref, { parcelId: 'parcel-000001' }));
    expect(delivered.status).toBe('delivered');
    clock.advance({ days: 1 });
    expect(value(await oms.close(ref)).status).toBe('closed');
    const kinds = storage.listMessages().map((m) => m.effect.kind);
    expect(kinds.filter((k) => k === 'buyer.notify')).toHaveLength(3);
  });

  it('allocates only what is not allocated yet, at the default warehouse when none is known', async () => {
    const { oms, ref } = await accepted();
    value(await oms.startPreparation(ref));
    value(
      await oms.execute(ref, {
        type: 'allocateLines',
        lines: [{ lineId: 'L1', quantity: 1, warehouseId: 'WH2' }],
      }),
    );
    const state = value(
      await oms.recordParcel(ref, { parcelId: 'P9', lines: [{ lineId: 'L1', quantity: 2 }] }),
    );
    expect(state.order.lines[0]?.quantities.allocated).toBe(2);
    const allocation = value(await oms.history(ref)).find(
      (e) => e.type === 'order.lines_allocated' && e.seq > 4,
    );
    expect(allocation?.type === 'order.lines_allocated' && allocation.data.lines).toEqual([
      { lineId: 'L1', quantity: 1, warehouseId: 'default' },
    ]);
  });

  it('puts the order on hold carrier_error when a parcel is lost', async () => {
    const { oms, ref } = await accepted();
    value(await oms.startPreparation(ref));
    value(await oms.recordParcel(ref, { parcelId: 'P1', lines: [{ lineId: 'L1', quantity: 2 }] }));
    value(await oms.recordTracking(ref, { parcelId: 'P1', tracking }));
    const lost = value(
      await oms.updateTracking(ref, { parcelId: 'P1', status: 'lost', incident: 'scan missing' }),
    );
    expect(lost.parcels.P1?.status).toBe('lost');
    expect(lost.holds).toHaveLength(1);
    expect(lost.holds[0]).toMatchObject({ reasonCode: 'carrier_error', scope: { kind: 'order' } });
    expect(lost.holds[0]?.note).toContain('P1');
    expect(lost.holds[0]?.note).toContain('scan missing');
  });

  it('cancels lines, adds notes, links ERP documents, runs any command', async () => {
    const { oms, ref } = await accepted();
    const cancelled = value(
      await oms.cancelLines(ref, {
        lines: [{ lineId: 'L2', quantity: 1 }],
        requestedBy: 'buyer',
        reasonCode: 'buyer_request',
      }),
    );
    expect(cancelled.order.lines[1]?.quantities.cancelled).toBe(1);
    expect(value(await oms.addNote(ref, 'gift wrap')).notes.map((n) => n.text)).toEqual([
      'gift wrap',
    ]);
    const linked = value(await oms.linkErpDocument(ref, { kind: 'sale', number: 'SO-7' }));
    expect(linked.erpDocuments.map((d) => d.number)).toEqual(['SO-7']);
    const observed = value(
      await oms.execute(ref, {
        type: 'observeChannelStatus',
        channel: 'amazon',
        status: 'Unshipped',
      }),
    );
    expect(observed.channelStatuses.amazon?.status).toBe('Unshipped');
  });

  it('places and releases holds; releasing re-arms parked effects', async () => {
    const { oms, ref, storage, clock } = await accepted();
    const held = value(
      await oms.placeHold(
        ref,
        { reasonCode: 'manual', note: 'call the buyer' },
        { actor: operator },
      ),
    );
    const hold = held.holds[0];
    expect(hold).toMatchObject({
      holdId: 'hold-000001',
      reasonCode: 'manual',
      note: 'call the buyer',
    });
    expect(hold?.placedBy).toEqual(operator);
    // Park one message as the dispatcher would after too many failures.
    const [claim] = await storage.outbox.claimDue({
      now: clock.now(),
      leaseUntil: '2025-03-01T11:00:00.000Z',
      limit: 1,
      leaseId: 'lease-x',
    });
    if (claim === undefined) throw new Error('expected a due message');
    value(await storage.outbox.fail(claim, { error: 'down' }));
    expect(storage.listMessages({ status: 'parked' })).toHaveLength(1);
    clock.advance({ minutes: 5 });
    const released = value(await oms.releaseHold(ref, 'hold-000001'));
    expect(released.holds).toEqual([]);
    const rearmed = storage.listMessages().find((m) => m.messageId === claim.message.messageId);
    expect(rearmed).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: clock.now() });
    expect(failure(await oms.releaseHold(ref, 'hold-000001')).code).toBe('order/hold_unknown');
  });
});

describe('createOms: queries', () => {
  it('gets, lists, reads the history and the timeline', async () => {
    const { oms } = setup();
    const ref = await ingestFixture(oms);
    expect(value(await oms.get(ref)).orderId).toBe(ref.orderId);
    const page = await oms.list('tenant-a', { status: ['accepted'] });
    expect(page.items.map((r) => r.state.orderId)).toEqual([ref.orderId]);
    expect((await oms.list('tenant-b')).items).toEqual([]);
    const otherTenant = { tenantId: 'tenant-b', orderId: ref.orderId };
    expect(failure(await oms.get(otherTenant)).code).toBe('engine/order_not_found');
    expect(failure(await oms.addNote(otherTenant, 'x')).code).toBe('engine/order_not_found');
    expect(value(await oms.history(ref)).map((e) => e.seq)).toEqual([1, 2]);
    const fr = value(await oms.timeline(ref, 'fr'));
    expect(fr).toHaveLength(2);
  });

  it('answers engine/order_not_found for an unknown order, in every call', async () => {
    const { oms } = setup();
    const missing: OrderRef = { tenantId: 'tenant-a', orderId: 'nope' };
    const expected = { code: 'engine/order_not_found', tenantId: 'tenant-a', orderId: 'nope' };
    expect(failure(await oms.get(missing))).toEqual(expected);
    expect(failure(await oms.history(missing))).toEqual(expected);
    expect(failure(await oms.timeline(missing, 'en'))).toEqual(expected);
    expect(failure(await oms.accept(missing))).toEqual(expected);
    expect(failure(await oms.addNote(missing, 'x'))).toEqual(expected);
  });

  it('delegates dispatch and tick to the clock now by default', async () => {
    const { oms } = setup();
    const report = await oms.dispatch();
    expect(report.claimed).toBe(0);
    expect((await oms.tick()).closed).toBe(0);
  });
});
