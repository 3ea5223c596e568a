import { describe, expect, it } from 'vitest';
import { createSequentialIds } from '../../src/adapters/memory/index.js';
import { ok, type IdGenerator, type WmsConnector } from '../../src/index.js';
import {
  connectorsOf,
  drain,
  ingestOrder,
  rig,
  start,
  value,
  plus,
  wmsWith,
} from './_dispatchSupport.js';

const user = { kind: 'user', id: 'u-1' } as const;

describe('dispatchOutbox: giving up', () => {
  it('after maxAttempts failures, holds the order effect_failed with a note, parks the message, and retries on release', async () => {
    const { oms, storage, clock, fakes } = rig({
      fakes: { erp: { failureRate: 1 } },
      policy: { maxAttempts: 3 },
    });
    const ref = await ingestOrder(oms);
    await drain(oms, storage, clock);
    const [sale] = storage.listMessages().filter((m) => m.effect.kind === 'erp.record_sale');
    expect(sale?.status).toBe('parked');
    expect(sale?.attempts).toBe(3);
    expect(fakes.erp.calls).toHaveLength(3);
    const state = value(await oms.get(ref));
    expect(state.holds).toHaveLength(1);
    const hold = state.holds[0];
    expect(hold?.holdId).toBe(`hold-${sale?.messageId ?? ''}`);
    expect(hold?.reasonCode).toBe('effect_failed');
    expect(hold?.placedBy).toEqual({ kind: 'system', id: 'ordokit' });
    expect(hold?.note).toContain('erp.record_sale to erp');
    expect(hold?.note).toContain('3 failed attempt(s)');
    expect(hold?.note).toContain(sale?.key);
    expect(hold?.note).toContain('erp is unavailable (503 Service Unavailable)');
    expect(hold?.nextAction).toContain('release the hold');
    // The other effects went out; the preparation had started before the hold.
    expect(state.status).toBe('in_preparation');

    value(await oms.releaseHold(ref, hold?.holdId ?? '', { actor: user }));
    const rearmed = storage.listMessages().find((m) => m.messageId === sale?.messageId);
    expect(rearmed).toMatchObject({ status: 'pending', attempts: 0 });
    // Still failing: the same hold id comes back after three more attempts.
    await drain(oms, storage, clock);
    expect(value(await oms.get(ref)).holds.map((h) => h.holdId)).toEqual([hold?.holdId]);
    expect(fakes.erp.calls).toHaveLength(6);
  });

  it('delivers a parked message once the hold is released and the system is back', async () => {
    let down = true;
    const { oms, storage, clock, fakes } = rig({
      fakes: { erp: { respond: () => (down ? { outcome: 'unavailable' } : undefined) } },
      policy: { maxAttempts: 2 },
    });
    const ref = await ingestOrder(oms);
    await drain(oms, storage, clock);
    const [hold] = value(await oms.get(ref)).holds;
    down = false;
    value(await oms.releaseHold(ref, hold?.holdId ?? '', { actor: user }));
    const report = await oms.dispatch();
    expect(report).toMatchObject({ claimed: 1, delivered: 1 });
    const state = value(await oms.get(ref));
    expect(state.holds).toEqual([]);
    expect(state.erpDocuments).toHaveLength(1);
    expect(fakes.erp.received).toHaveLength(1);
    expect(storage.listMessages().every((m) => m.status === 'done')).toBe(true);
  });

  it('releasing one effect_failed hold retries its message only, not those of holds still active', async () => {
    const { oms, storage, clock, fakes } = rig({
      fakes: { erp: { failureRate: 1 }, notifier: { rejectRate: 1 } },
      policy: { maxAttempts: 2 },
    });
    const ref = await ingestOrder(oms);
    await drain(oms, storage, clock);
    const holds = value(await oms.get(ref)).holds;
    expect(holds.map((h) => h.reasonCode)).toEqual(['effect_failed', 'effect_failed']);
    const sale = storage.listMessages().find((m) => m.effect.kind === 'erp.record_sale');
    const notice = storage.listMessages().find((m) => m.effect.kind === 'buyer.notify');
    const saleHold = holds.find((h) => h.holdId === `hold-${sale?.messageId ?? ''}`);
    expect(saleHold).toBeDefined();
    const notifierCalls = fakes.notifier.calls.length;
    const erpCalls = fakes.erp.calls.length;

    value(await oms.releaseHold(ref, saleHold?.holdId ?? '', { actor: user }));
    const report = await oms.dispatch();
    // The sale is attempted again; the notification waits for its own hold.
    expect(fakes.erp.calls.length).toBe(erpCalls + 1);
    expect(fakes.notifier.calls.length).toBe(notifierCalls);
    expect(report.held).toBe(1);
    expect(storage.listMessages().find((m) => m.messageId === notice?.messageId)?.status).toBe(
      'parked',
    );
  });

  it('gives up at once on a rejection, and writes the note in the policy locale', async () => {
    const { oms, storage } = rig({
      fakes: { notifier: { rejectRate: 1 } },
      policy: { locale: 'fr' },
    });
    const ref = await ingestOrder(oms);
    const report = await oms.dispatch();
    expect(report).toMatchObject({ claimed: 3, delivered: 2, parked: 1 });
    const parked = storage.listMessages({ status: 'parked' });
    expect(parked.map((m) => m.effect.kind)).toEqual(['buyer.notify']);
    expect(parked[0]?.attempts).toBe(1);
    const [hold] = value(await oms.get(ref)).holds;
    expect(hold?.note).toContain('buyer.notify vers buyer a été abandonné après 1 tentative(s)');
    expect(hold?.note).toContain('buyer a refusé la demande (422 Unprocessable Entity)');
    expect(hold?.nextAction).toContain('levez le blocage');
  });

  it('holds the order when no connector serves a planned effect (connectors changed meanwhile)', async () => {
    const { oms, storage, restart } = rig();
    const ref = await ingestOrder(oms);
    const withoutConnectors = restart({});
    const report = await withoutConnectors.dispatch();
    expect(report).toMatchObject({ claimed: 3, parked: 3 });
    const state = value(await withoutConnectors.get(ref));
    expect(state.holds.map((h) => h.reasonCode)).toEqual([
      'effect_failed',
      'effect_failed',
      'effect_failed',
    ]);
    expect(state.holds[0]?.note).toContain('No connector is configured for wms.prepare to wms');
    expect(storage.stats().messages).toEqual({ pending: 0, parked: 3, done: 0 });
  });

  it('rejects an ack the follow-up cannot use (no warehouse) and holds the order', async () => {
    const bad: WmsConnector = {
      code: 'wms',
      prepare: () => Promise.resolve(ok({ warehouseId: '' })),
    };
    const { oms } = rig({ connectors: () => ({ wms: bad }) });
    const ref = await ingestOrder(oms);
    expect((await oms.dispatch()).parked).toBe(1);
    const state = value(await oms.get(ref));
    expect(state.status).toBe('accepted');
    expect(state.holds[0]?.note).toContain('unexpected answer: no warehouseId');
  });

  it('derives a hold id of at most 128 characters from a long message id', async () => {
    const sequential = createSequentialIds();
    const ids: IdGenerator = {
      next: (kind) =>
        kind === 'message' ? `${'m'.repeat(200)}-${sequential.next(kind)}` : sequential.next(kind),
    };
    const { oms, storage } = rig({ ids, fakes: { notifier: { rejectRate: 1 } } });
    const ref = await ingestOrder(oms);
    await oms.dispatch();
    const [hold] = value(await oms.get(ref)).holds;
    const [parked] = storage.listMessages({ status: 'parked' });
    expect(hold?.holdId.length).toBe(128);
    expect(hold?.holdId).toMatch(/^hold-[0-9a-f]{8}-m+-message-000003$/);
    expect(hold?.note).toContain(parked?.messageId);
  });
});

describe('dispatchOutbox: holds', () => {
  it('does not send a preparation order while the order is on hold, and sends it on release', async () => {
    const { oms, storage, fakes } = rig();
    const ref = await ingestOrder(oms);
    value(
      await oms.placeHold(ref, { reasonCode: 'manual', note: 'call the buyer' }, { actor: user }),
    );
    const report = await oms.dispatch();
    expect(report).toMatchObject({ claimed: 3, delivered: 2, held: 1 });
    expect(fakes.wms.calls).toEqual([]);
    const [waiting] = storage.listMessages({ status: 'parked' });
    expect(waiting?.effect.kind).toBe('wms.prepare');
    expect(waiting?.lastError).toContain('manual (hold-000001)');
    value(await oms.releaseHold(ref, 'hold-000001', { actor: user }));
    expect(await oms.dispatch()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(value(await oms.get(ref)).status).toBe('in_preparation');
  });

  it('does not ask for a label while a line of the parcel is on hold', async () => {
    const { oms, storage, fakes } = rig();
    const ref = await ingestOrder(oms);
    await oms.dispatch();
    value(
      await oms.recordParcel(ref, {
        parcelId: 'P1',
        lines: [{ lineId: 'L2', quantity: 1 }],
        carrier: { code: 'colissimo' },
      }),
    );
    value(
      await oms.placeHold(
        ref,
        { reasonCode: 'stock_discrepancy', scope: { kind: 'line', lineId: 'L2' } },
        { actor: user },
      ),
    );
    expect((await oms.dispatch()).held).toBe(1);
    expect(fakes.colissimo.calls).toEqual([]);
    const [hold] = value(await oms.get(ref)).holds;
    value(await oms.releaseHold(ref, hold?.holdId ?? '', { actor: user }));
    expect((await oms.dispatch()).byKind).toMatchObject({ 'carrier.create_label': 1 });
    expect(value(await oms.get(ref)).parcels.P1?.tracking?.number).toBe('COLISSIMO0000000001');
    expect(storage.stats().messages.parked).toBe(0);
  });

  it('parks a delivered effect whose follow-up a hold refuses; the release replays it', async () => {
    const r = rig({
      connectors: (fakes) => ({
        wms: wmsWith(fakes, () => r.oms.placeHold(ref, { reasonCode: 'manual' }, { actor: user })),
      }),
    });
    const ref = await ingestOrder(r.oms);
    expect(await r.oms.dispatch()).toMatchObject({ claimed: 1, held: 1 });
    expect(r.fakes.wms.received).toHaveLength(1);
    expect(value(await r.oms.get(ref)).status).toBe('accepted');
    const [hold] = value(await r.oms.get(ref)).holds;
    value(await r.oms.releaseHold(ref, hold?.holdId ?? '', { actor: user }));
    // The second call places another hold: answer directly this time.
    const direct = r.restart({ wms: r.fakes.wms });
    expect(await direct.dispatch()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(value(await direct.get(ref)).status).toBe('in_preparation');
    expect(r.fakes.wms.received).toHaveLength(1);
    expect(r.fakes.wms.calls.map((c) => c.replayed)).toEqual([false, true]);
  });

  it('re-arms a message whose hold was released while it was being parked', async () => {
    let operator: (() => Promise<unknown>) | undefined;
    const r = rig({
      fakes: { wms: { latency: 3 } },
      wrapOutbox: (outbox) => ({
        ...outbox,
        fail: async (claim, failure) => {
          // The operator releases the hold just before the dispatcher parks the message: the
          // release's re-arm finds nothing parked yet.
          await operator?.();
          return outbox.fail(claim, failure);
        },
      }),
    });
    const ref = await ingestOrder(r.oms);
    value(await r.oms.placeHold(ref, { reasonCode: 'manual' }, { actor: user }));
    operator = async () => {
      operator = undefined;
      value(await r.oms.releaseHold(ref, 'hold-000001', { actor: user }));
    };
    expect(await r.oms.dispatch()).toMatchObject({ held: 1 });
    const prepare = r.storage.listMessages().find((m) => m.effect.kind === 'wms.prepare');
    expect(prepare?.status).toBe('pending');
    expect(await r.oms.dispatch()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(value(await r.oms.get(ref)).status).toBe('in_preparation');
  });

  it('re-arms a message whose effect_failed hold was released while it was being parked', async () => {
    let operator: (() => Promise<unknown>) | undefined;
    const r = rig({
      fakes: { notifier: { rejectKeys: () => !fixed } },
      wrapOutbox: (outbox) => ({
        ...outbox,
        fail: async (claim, failure) => {
          await operator?.();
          return outbox.fail(claim, failure);
        },
      }),
    });
    let fixed = false;
    const ref = await ingestOrder(r.oms);
    operator = async () => {
      operator = undefined;
      const [hold] = value(await r.oms.get(ref)).holds;
      fixed = true;
      value(await r.oms.releaseHold(ref, hold?.holdId ?? '', { actor: user }));
    };
    expect(await r.oms.dispatch()).toMatchObject({ parked: 1 });
    expect(r.storage.listMessages({ status: 'parked' })).toEqual([]);
    expect(await r.oms.dispatch()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(r.fakes.notifier.received).toHaveLength(1);
  });
});

describe('dispatchOutbox: leases', () => {
  it('drops the result of a worker whose lease expired and was taken over', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    const r = rig({
      connectors: (fakes) => ({
        wms: {
          code: 'wms',
          prepare: async (request, context) => {
            if (first) {
              first = false;
              await gate;
            }
            return fakes.wms.prepare(request, context);
          },
        },
      }),
    });
    const ref = await ingestOrder(r.oms);
    const slow = r.oms.dispatch();
    r.clock.set(plus(start, 60_001));
    const other = r.restart();
    expect(await other.dispatch()).toMatchObject({ claimed: 1, delivered: 1, leaseLost: 0 });
    release();
    expect(await slow).toMatchObject({ claimed: 1, delivered: 0, leaseLost: 1 });
    expect(r.fakes.wms.received).toHaveLength(1);
    expect(r.fakes.wms.calls.map((c) => c.replayed)).toEqual([false, true]);
    expect(value(await other.get(ref)).status).toBe('in_preparation');
    expect(r.storage.listMessages().map((m) => m.status)).toEqual(['done']);
  });

  it('claims at most dispatchBatch messages, each with a lease of leaseMs', async () => {
    const hanging: WmsConnector = { code: 'wms', prepare: () => new Promise(() => undefined) };
    const r = rig({
      policy: { dispatchBatch: 2, leaseMs: 5_000 },
      connectors: (fakes) => ({ ...connectorsOf(fakes), wms: hanging }),
    });
    await ingestOrder(r.oms);
    // The first claim hangs for ever: a worker that died with its claims.
    void r.oms.dispatch();
    await Promise.resolve();
    const leased = r.storage.listMessages().filter((m) => m.leaseUntil !== undefined);
    expect(leased.map((m) => [m.effect.kind, m.leaseUntil])).toEqual([
      ['wms.prepare', plus(start, 5_000)],
      ['erp.record_sale', plus(start, 5_000)],
    ]);
    // Another worker only gets the third message until the leases end.
    const other = r.restart();
    expect(await other.dispatch()).toMatchObject({ claimed: 1, byKind: { 'buyer.notify': 1 } });
    r.clock.set(plus(start, 5_000));
    const after = r.restart(connectorsOf(r.fakes));
    expect(await after.dispatch()).toMatchObject({ claimed: 2, delivered: 2 });
  });
});
