import { describe, expect, it } from 'vitest';
import {
  computeBackoff,
  err,
  portMessages,
  type OrderStore,
  type WmsConnector,
} from '../../src/index.js';
import { drain, ingestOrder, plus, rig, start, value, wmsWith } from './_dispatchSupport.js';

const wholeOrder = [
  { lineId: 'L1', quantity: 2 },
  { lineId: 'L2', quantity: 1 },
];
const key = (orderId: string, rest: string) => `${orderId}:${rest}`;

describe('dispatchOutbox: delivery', () => {
  it('delivers each due message once, with its key, tenant, attempt and now', async () => {
    const { oms, storage, fakes } = rig();
    const ref = await ingestOrder(oms);
    const report = await oms.dispatch();
    expect(report).toEqual({
      claimed: 3,
      delivered: 3,
      retried: 0,
      parked: 0,
      held: 0,
      leaseLost: 0,
      byKind: { 'wms.prepare': 1, 'erp.record_sale': 1, 'buyer.notify': 1 },
    });
    const [prepare] = fakes.wms.received;
    expect(prepare?.key).toBe(key(ref.orderId, 'wms.prepare:wms:2'));
    expect(prepare?.context).toEqual({
      idempotencyKey: key(ref.orderId, 'wms.prepare:wms:2'),
      tenantId: 'tenant-a',
      attempt: 1,
      now: start,
    });
    expect(prepare?.request.lines.map((l) => [l.lineId, l.quantity])).toEqual([
      ['L1', 2],
      ['L2', 1],
    ]);
    expect(fakes.erp.received.map((r) => r.request.draft)).toEqual([false]);
    expect(fakes.notifier.received.map((r) => r.request.template)).toEqual(['order_confirmed']);
    expect(storage.listMessages().map((m) => [m.status, m.completedAt])).toEqual([
      ['done', start],
      ['done', start],
      ['done', start],
    ]);
    expect((await oms.dispatch()).claimed).toBe(0);
  });

  it('runs the follow-ups: preparation started, ERP document linked, parcel shipped', async () => {
    const { oms, fakes } = rig();
    const ref = await ingestOrder(oms);
    await oms.dispatch();
    const prepared = value(await oms.get(ref));
    expect(prepared.status).toBe('in_preparation');
    expect(prepared.warehouseId).toBe('WH1');
    expect(prepared.erpDocuments.map((d) => [d.kind, d.number])).toEqual([
      ['invoice', 'SO-000001'],
    ]);
    const history = value(await oms.history(ref));
    expect(history.find((e) => e.type === 'order.preparation_started')?.actor).toEqual({
      kind: 'wms',
      id: 'wms',
    });
    expect(history.find((e) => e.type === 'erp.document_linked')?.actor).toEqual({
      kind: 'erp',
      id: 'erp',
    });

    value(
      await oms.recordParcel(ref, {
        parcelId: 'P1',
        lines: wholeOrder,
        carrier: { code: 'colissimo' },
      }),
    );
    const labelled = await oms.dispatch();
    expect(labelled.byKind).toEqual({ 'carrier.create_label': 1 });
    const shipped = value(await oms.get(ref));
    expect(shipped.status).toBe('shipped');
    expect(shipped.parcels.P1?.tracking).toEqual({
      number: 'COLISSIMO0000000001',
      carrierCode: 'colissimo',
    });
    const tracked = await oms.dispatch();
    expect(tracked.byKind).toEqual({ 'marketplace.push_tracking': 1, 'buyer.notify': 1 });
    expect(fakes.amazon.received[0]?.request).toMatchObject({
      parcelId: 'P1',
      tracking: { number: 'COLISSIMO0000000001' },
    });
  });

  it('runs a follow-up once when the change is already there (the host did it first)', async () => {
    const { oms, fakes } = rig();
    const ref = await ingestOrder(oms);
    value(await oms.startPreparation(ref, { warehouseId: 'WH9' }));
    value(await oms.linkErpDocument(ref, { kind: 'invoice', number: 'SO-000001' }));
    const report = await oms.dispatch();
    expect(report.delivered).toBe(3);
    const state = value(await oms.get(ref));
    expect(state.warehouseId).toBe('WH9');
    expect(state.erpDocuments).toHaveLength(1);
    expect(fakes.wms.received).toHaveLength(1);
  });

  it('completes a message whose follow-up the lifecycle refuses (order cancelled meanwhile)', async () => {
    const r = rig({
      connectors: (fakes) => ({
        wms: wmsWith(fakes, () =>
          r.oms.cancelLines(ref, {
            lines: wholeOrder,
            requestedBy: 'buyer',
            reasonCode: 'buyer_request',
          }),
        ),
      }),
    });
    const ref = await ingestOrder(r.oms);
    const report = await r.oms.dispatch();
    expect(report.delivered).toBe(1);
    expect(value(await r.oms.get(ref)).status).toBe('cancelled');
    expect(r.storage.listMessages().map((m) => [m.effect.kind, m.status])).toEqual([
      ['wms.prepare', 'done'],
    ]);
  });

  it('throws a RangeError when now is not an instant', async () => {
    const { oms } = rig();
    await expect(oms.dispatch('yesterday')).rejects.toThrow(RangeError);
  });
});

describe('dispatchOutbox: retries', () => {
  it('retries an unavailable system after the backoff derived from the key', async () => {
    const { oms, storage, clock, fakes } = rig({
      fakes: {
        wms: { respond: (_, c) => (c.attempt < 3 ? { outcome: 'unavailable' } : undefined) },
      },
    });
    const ref = await ingestOrder(oms);
    const k = key(ref.orderId, 'wms.prepare:wms:2');
    const first = await oms.dispatch();
    expect(first).toMatchObject({ claimed: 3, delivered: 2, retried: 1 });
    const waiting = storage.listMessages({ status: 'pending' });
    expect(waiting).toHaveLength(1);
    const delay1 = computeBackoff(k, 1, { baseMs: 30_000, maxMs: 3_600_000 });
    expect(waiting[0]?.nextAttemptAt).toBe(plus(start, delay1));
    expect(waiting[0]?.attempts).toBe(1);
    expect(waiting[0]?.lastError).toBe(
      portMessages['connector/unavailable'].en({
        code: 'connector/unavailable',
        target: 'wms',
        detail: '503 Service Unavailable',
      }),
    );
    // Not due before its time.
    clock.set(plus(start, delay1 - 1));
    expect((await oms.dispatch()).claimed).toBe(0);
    clock.set(plus(start, delay1));
    expect(await oms.dispatch()).toMatchObject({ claimed: 1, retried: 1 });
    const delay2 = computeBackoff(k, 2, { baseMs: 30_000, maxMs: 3_600_000 });
    expect(storage.listMessages({ status: 'pending' })[0]?.nextAttemptAt).toBe(
      plus(start, delay1 + delay2),
    );
    clock.set(plus(start, delay1 + delay2));
    expect(await oms.dispatch()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(fakes.wms.calls.map((c) => [c.context.attempt, c.outcome])).toEqual([
      [1, 'unavailable'],
      [2, 'unavailable'],
      [3, 'ack'],
    ]);
    expect(value(await oms.get(ref)).status).toBe('in_preparation');
  });

  it('honours a retryAfter later than the backoff, and ignores an earlier one', async () => {
    const later = rig({ fakes: { wms: { failureRate: 1, retryAfterMs: 7_200_000 } } });
    await ingestOrder(later.oms);
    await later.oms.dispatch();
    expect(later.storage.listMessages({ status: 'pending' })[0]?.nextAttemptAt).toBe(
      plus(start, 7_200_000),
    );
    const earlier = rig({ fakes: { wms: { failureRate: 1, retryAfterMs: 1 } } });
    const ref = await ingestOrder(earlier.oms);
    await earlier.oms.dispatch();
    const delay = computeBackoff(key(ref.orderId, 'wms.prepare:wms:2'), 1, {
      baseMs: 30_000,
      maxMs: 3_600_000,
    });
    expect(earlier.storage.listMessages({ status: 'pending' })[0]?.nextAttemptAt).toBe(
      plus(start, delay),
    );
  });

  it('counts a thrown exception as unavailable, with its message', async () => {
    const { oms, storage } = rig({
      fakes: { wms: { respond: () => ({ outcome: 'throw', message: 'socket hang up' }) } },
    });
    await ingestOrder(oms);
    expect((await oms.dispatch()).retried).toBe(1);
    const [message] = storage.listMessages({ status: 'pending' });
    expect(message?.lastError).toContain('socket hang up');
    expect(message?.lastError).toContain('wms is unavailable');
  });

  it('counts a connector that returns no Result as unavailable', async () => {
    const broken = {
      code: 'wms',
      prepare: () => Promise.resolve(undefined),
    } as unknown as WmsConnector;
    const { oms, storage } = rig({ connectors: () => ({ wms: broken }) });
    await ingestOrder(oms);
    expect((await oms.dispatch()).retried).toBe(1);
    expect(storage.listMessages()[0]?.lastError).toContain('returned no Result');
  });

  it('retries a timeout with the same key; the remote side acted once', async () => {
    const { oms, storage, clock, fakes } = rig({
      fakes: { wms: { respond: (_, c) => (c.attempt === 1 ? { outcome: 'timeout' } : undefined) } },
    });
    const ref = await ingestOrder(oms);
    expect((await oms.dispatch()).retried).toBe(1);
    expect(value(await oms.get(ref)).status).toBe('accepted');
    await drain(oms, storage, clock);
    expect(fakes.wms.received).toHaveLength(1);
    expect(fakes.wms.calls.map((c) => [c.outcome, c.acted, c.replayed])).toEqual([
      ['timeout', true, false],
      ['ack', false, true],
    ]);
    expect(value(await oms.get(ref)).status).toBe('in_preparation');
  });

  it('retries a follow-up that keeps meeting conflicts: the remote side replays its answer', async () => {
    let conflicts = 0;
    const wrapStore = (store: OrderStore): OrderStore => ({
      ...store,
      append: (batch) => {
        if (conflicts < 6 && batch.events.some((e) => e.type === 'order.preparation_started')) {
          conflicts += 1;
          return Promise.resolve(
            err({
              code: 'store/version_conflict',
              tenantId: batch.tenantId,
              orderId: batch.orderId,
              expectedVersion: batch.expectedVersion,
              actualVersion: batch.expectedVersion + 1,
            }),
          );
        }
        return store.append(batch);
      },
    });
    const { oms, storage, clock, fakes } = rig({
      wrapStore,
      policy: { conflictRetries: 2 },
      connectors: (f) => ({ wms: f.wms }),
    });
    const ref = await ingestOrder(oms);
    expect((await oms.dispatch()).retried).toBe(1);
    expect(storage.listMessages()[0]?.lastError).toContain('kept changing');
    await drain(oms, storage, clock);
    expect(value(await oms.get(ref)).status).toBe('in_preparation');
    expect(fakes.wms.received).toHaveLength(1);
    expect(fakes.wms.calls.length).toBeGreaterThan(1);
  });
});
