import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createFakeCarrier,
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
  type FakeReceipt,
} from '../../../src/adapters/memory/index.js';
import type {
  BuyerNotification,
  LabelRequest,
  PreparationAck,
  PreparationRequest,
  SaleRequest,
  StatusPush,
  TrackingPush,
} from '../../../src/index.js';
import { buyer, channelRef, context, preparation, shipTo } from './_fakeFixtures.js';

describe('fake connectors: answers', () => {
  it('the WMS answers the warehouse asked (or its own) and numbered references', async () => {
    const wms = createFakeWms({ code: 'main-wms', warehouseId: 'WH7' });
    expect(wms.code).toBe('main-wms');
    expect(await wms.prepare(preparation('o1'), context('a'))).toEqual({
      ok: true,
      value: { warehouseId: 'WH7', reference: 'PREP-000001' },
    });
    expect(await wms.prepare(preparation('o2', 'WH2'), context('b'))).toEqual({
      ok: true,
      value: { warehouseId: 'WH2', reference: 'PREP-000002' },
    });
    expect(wms.target).toBe('main-wms');
  });

  it('the ERP records a draft as a sale and the rest as invoices', async () => {
    const erp = createFakeErp();
    const sale = (draft: boolean) =>
      ({ orderId: 'o1', draft, order: {} }) as unknown as SaleRequest;
    expect(await erp.recordSale(sale(true), context('a'))).toEqual({
      ok: true,
      value: { kind: 'sale', number: 'SO-000001' },
    });
    expect(await erp.recordSale(sale(false), context('b'))).toEqual({
      ok: true,
      value: { kind: 'invoice', number: 'SO-000002' },
    });
    expect(erp.code).toBe('erp');
  });

  it('the carrier prints one tracking number per label, from its code', async () => {
    const carrier = createFakeCarrier('dhl-express');
    const request: LabelRequest = {
      orderId: 'o1',
      parcelId: 'P1',
      carrier: { code: 'dhl-express', service: 'express' },
      shipTo,
      lines: [{ lineId: 'L1', quantity: 1 }],
    };
    expect(await carrier.createLabel(request, context('a'))).toEqual({
      ok: true,
      value: {
        carrier: { code: 'dhl-express', service: 'express' },
        tracking: { number: 'DHLEXPRESS0000000001', carrierCode: 'dhl-express' },
      },
    });
    expect(createFakeCarrier('_.-').code).toBe('_.-');
    const odd = createFakeCarrier('_.-');
    const answer = await odd.createLabel({ ...request, carrier: { code: 'x' } }, context('b'));
    expect(answer.ok && answer.value.tracking.number).toBe('TRK0000000001');
  });

  it('the marketplace and the notifier take their pushes and messages', async () => {
    const amazon = createFakeMarketplace('amazon');
    const status: StatusPush = { orderId: 'o1', channelRef, status: 'accepted', cancelled: [] };
    const tracking: TrackingPush = {
      orderId: 'o1',
      channelRef,
      parcelId: 'P1',
      carrier: { code: 'colissimo' },
      tracking: { number: '6A1', carrierCode: 'colissimo' },
      lines: [{ lineId: 'L1', quantity: 1 }],
    };
    expect(await amazon.pushStatus(status, context('s'))).toEqual({ ok: true, value: undefined });
    expect(await amazon.pushTracking(tracking, context('t'))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(amazon.channel).toBe('amazon');
    expect(amazon.received.map((r) => [r.operation, r.key])).toEqual([
      ['pushStatus', 's'],
      ['pushTracking', 't'],
    ]);
    const notifier = createFakeNotifier();
    const message: BuyerNotification = {
      orderId: 'o1',
      channelRef,
      template: 'order_shipped',
      buyer,
    };
    expect(await notifier.notifyBuyer(message, context('n'))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(notifier.target).toBe('buyer');
    expect(notifier.received[0]?.request).toEqual(message);
  });
});

describe('fake connectors: idempotency keys', () => {
  it('acts once per key: a replay returns the first answer and acts on nothing', async () => {
    const wms = createFakeWms();
    const first = await wms.prepare(preparation(), context('k', 1));
    const again = await wms.prepare(preparation(), context('k', 2));
    expect(again).toEqual(first);
    expect(wms.received).toHaveLength(1);
    expect(wms.received[0]?.context.attempt).toBe(1);
    expect(wms.calls.map((c) => [c.key, c.outcome, c.acted, c.replayed])).toEqual([
      ['k', 'ack', true, false],
      ['k', 'ack', false, true],
    ]);
  });

  it('rejects a key reused with another payload, like an API with idempotency keys', async () => {
    const wms = createFakeWms();
    await wms.prepare(preparation('o1'), context('k'));
    const reused = await wms.prepare(preparation('o2'), context('k'));
    expect(reused).toEqual({
      ok: false,
      error: {
        code: 'connector/rejected',
        target: 'wms',
        detail: '409 Idempotency key reused with another payload',
      },
    });
    expect(wms.calls[1]).toMatchObject({ keyReused: true, acted: false, outcome: 'rejected' });
    expect(wms.received).toHaveLength(1);
  });

  it('records copies: changing a request afterwards changes nothing recorded', async () => {
    const wms = createFakeWms();
    const request = preparation();
    await wms.prepare(request, context('k'));
    (request.lines[0] as { quantity: number }).quantity = 99;
    expect(wms.received[0]?.request.lines[0]?.quantity).toBe(2);
    expect((await wms.prepare(request, context('k'))).ok).toBe(false);
  });

  test.prop(
    [
      fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }),
      fc.integer(),
      fc.double({ min: 0, max: 0.3, noNaN: true }),
      fc.double({ min: 0, max: 0.3, noNaN: true }),
      fc.double({ min: 0, max: 0.3, noNaN: true }),
    ],
    { numRuns: 1000 },
  )(
    'whatever the draws, each key is acted on at most once and replays get the first answer',
    async (script, seed, failureRate, timeoutRate, duplicateAckRate) => {
      const acks: FakeReceipt<PreparationRequest, PreparationAck>[] = [];
      const wms = createFakeWms({
        seed,
        failureRate,
        timeoutRate,
        duplicateAckRate,
        onAck: (r) => acks.push(r),
      });
      const answers = new Map<string, PreparationAck[]>();
      for (const k of script) {
        const key = `k${String(k)}`;
        const result = await wms.prepare(preparation(), context(key));
        if (result.ok) answers.set(key, [...(answers.get(key) ?? []), result.value]);
      }
      const keys = wms.received.map((r) => r.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(wms.calls.filter((c) => c.acted).map((c) => c.key)).toEqual(keys);
      for (const [key, list] of answers) {
        const first = wms.received.find((r) => r.key === key)?.ack;
        for (const answer of list) expect(answer).toEqual(first);
      }
      // Every call that got through was processed remotely: it acted or replayed.
      for (const call of wms.calls) {
        const through =
          call.outcome === 'ack' || call.outcome === 'duplicate_ack' || call.outcome === 'timeout';
        expect(call.acted || call.replayed).toBe(through);
      }
      // Acks: one per key acted on, plus one per duplicate.
      const duplicates = wms.calls.filter((c) => c.outcome === 'duplicate_ack').length;
      expect(acks).toHaveLength(keys.length + duplicates);
      expect(wms.acks).toHaveLength(acks.length);
    },
  );
});
