import { describe, expect, it } from 'vitest';
import { createSequentialIds } from '../../src/adapters/memory/index.js';
import { formatError, validateOrder, type IdGenerator, type OrderStore } from '../../src/index.js';
import { at as field, type Json } from '../order/_fixtures.js';
import { failure, payload, recordingConnectors, setup, value } from './_support.js';

const lines = (json: Json) => at(json, 'lines') as unknown as Json[];
const at = field;

describe('ingest: capture', () => {
  it('captures a new order with an id of its own, in the initial form, accepted', async () => {
    const { oms, storage } = setup();
    const json = payload();
    json.parcels = [{ parcelId: 'X1', lines: [{ lineId: 'L1', quantity: 1 }] }];
    Object.assign(at(json, 'lines', 0, 'quantities'), { allocated: 2, shipped: 1 });
    const outcome = value(await oms.ingest('amazon', json));
    expect(outcome.outcome).toBe('created');
    expect(outcome.holdsPlaced).toEqual([]);
    const { state } = outcome;
    expect(state.orderId).toBe('order-000001');
    expect(state.order.orderId).toBe('order-000001');
    expect(state.order.parcels).toBeUndefined();
    expect(state.order.lines.map((l) => l.quantities)).toEqual([
      {
        ordered: 2,
        cancelled: 0,
        allocated: 0,
        shipped: 0,
        delivered: 0,
        returned: 0,
        refunded: 0,
      },
      {
        ordered: 1,
        cancelled: 0,
        allocated: 0,
        shipped: 0,
        delivered: 0,
        returned: 0,
        refunded: 0,
      },
    ]);
    expect(state.status).toBe('accepted');
    const history = value(await oms.history({ tenantId: 'tenant-a', orderId: state.orderId }));
    expect(history.map((e) => e.type)).toEqual(['order.captured', 'order.accepted']);
    expect(history[0]?.actor).toEqual({ kind: 'channel', id: 'amazon' });
    expect(storage.stats().orders).toBe(1);
  });

  it('takes payloads without an orderId: channel mappers do not know ordokit ids', async () => {
    const { oms } = setup();
    const json = payload();
    delete json.orderId;
    const outcome = value(await oms.ingest('amazon', json));
    expect(outcome.outcome).toBe('created');
    expect(outcome.state.orderId).toBe('order-000001');
    expect(value(await oms.ingest('amazon', json)).outcome).toBe('unchanged');
  });

  it('refuses a revoked proxy as a payload with typed issues, writing nothing', async () => {
    const { oms, storage } = setup();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(failure(await oms.ingest('amazon', proxy)).code).toBe('engine/payload_invalid');
    expect(storage.stats().orders).toBe(0);
  });

  it('waits for acceptance on channels that need it, or when asked', async () => {
    const { oms } = setup({ policy: { channelsNeedingAcceptance: ['amazon'] } });
    const outcome = value(await oms.ingest('amazon', payload()));
    expect(outcome.state.status).toBe('created');
    expect(outcome.state.needsAcceptance).toBe(true);
    const other = setup();
    const asked = value(await other.oms.ingest('amazon', payload(), { needsAcceptance: true }));
    expect(asked.state.status).toBe('created');
  });

  it('applies the units the channel already cancelled, in the same append', async () => {
    const { oms, storage } = setup({ connectors: recordingConnectors().connectors });
    const json = payload();
    Object.assign(at(json, 'lines', 0, 'quantities'), { cancelled: 1 });
    const outcome = value(await oms.ingest('amazon', json));
    expect(outcome.state.order.lines[0]?.quantities.cancelled).toBe(1);
    expect(outcome.changes).toEqual(['cancelled L1 ×1']);
    const history = value(
      await oms.history({ tenantId: 'tenant-a', orderId: outcome.state.orderId }),
    );
    const cancelled = history[2];
    expect(cancelled?.type === 'order.lines_cancelled' && cancelled.data).toEqual({
      lines: [{ lineId: 'L1', quantity: 1 }],
      requestedBy: 'channel',
      reasonCode: 'channel_cancelled',
    });
    // The warehouse is asked for what is left: L1 ×1, L2 ×1.
    const prepare = storage.listMessages().find((m) => m.effect.kind === 'wms.prepare');
    expect(prepare?.effect.kind === 'wms.prepare' && prepare.effect.payload.lines).toEqual([
      { lineId: 'L1', sku: 'MUG-RED', title: 'Red mug', quantity: 1 },
      { lineId: 'L2', sku: 'TEA-50', title: 'Green tea', quantity: 1 },
    ]);
  });

  it('captures an order the channel cancelled entirely, with nothing to send', async () => {
    const { oms, storage } = setup({ connectors: recordingConnectors().connectors });
    const json = payload();
    Object.assign(at(json, 'lines', 0, 'quantities'), { cancelled: 2 });
    Object.assign(at(json, 'lines', 1, 'quantities'), { cancelled: 1 });
    const outcome = value(await oms.ingest('amazon', json));
    expect(outcome.state.status).toBe('cancelled');
    expect(storage.listMessages()).toEqual([]);
  });
});

describe('ingest: validation holds', () => {
  it('keeps an order whose postal code is missing, on hold address_incomplete', async () => {
    const { oms } = setup();
    const json = payload();
    delete at(json, 'shippingAddress').postalCode;
    const outcome = value(await oms.ingest('amazon', json));
    expect(outcome.outcome).toBe('created');
    expect(outcome.holdsPlaced).toHaveLength(1);
    const hold = outcome.holdsPlaced[0];
    expect(hold?.reasonCode).toBe('address_incomplete');
    const issues = validateOrder(json);
    if (issues.ok) throw new Error('fixture should fail validation');
    const issue = issues.error[0];
    if (issue === undefined) throw new Error('fixture');
    expect(hold?.note).toBe(`Shipping address: ${formatError(issue, 'en')}`);
    expect(hold?.nextAction).toMatch(/release the hold/);
    expect(outcome.state.holds).toEqual(outcome.holdsPlaced);
    expect(outcome.changes).toEqual(['on hold address_incomplete']);
  });

  it('writes the notes in the policy locale', async () => {
    const { oms } = setup({ policy: { locale: 'fr' } });
    const json = payload();
    delete at(json, 'shippingAddress').postalCode;
    const hold = value(await oms.ingest('amazon', json)).holdsPlaced[0];
    expect(hold?.note).toMatch(/^Adresse de livraison : /);
    expect(hold?.nextAction).toMatch(/levez le blocage/);
  });

  it('holds for a missing phone, a wrong postal code and wrong totals, one hold per reason', async () => {
    const { oms } = setup({ policy: { validation: { address: { requirePhone: true } } } });
    const json = payload();
    at(json, 'shippingAddress').postalCode = '7500';
    at(json, 'totals', 'paid').amount = '60.00';
    const outcome = value(await oms.ingest('amazon', json));
    expect(outcome.holdsPlaced.map((h) => h.reasonCode).sort()).toEqual([
      'address_invalid',
      'phone_missing',
      'totals_mismatch',
    ]);
    for (const hold of outcome.holdsPlaced) {
      expect(hold.note?.length).toBeGreaterThan(0);
      expect(hold.nextAction?.length).toBeGreaterThan(0);
      expect(hold.scope).toEqual({ kind: 'order' });
    }
    const totals = outcome.holdsPlaced.find((h) => h.reasonCode === 'totals_mismatch');
    expect(totals?.note).toMatch(/paid/i);
  });
});

describe('ingest: malformed payloads', () => {
  it.each([null, 42, 'order', [], {}, { channelRef: { channel: 'amazon' } }])(
    'refuses %j with engine/payload_invalid and writes nothing',
    async (junk) => {
      const { oms, storage } = setup();
      const error = failure(await oms.ingest('amazon', junk));
      expect(error.code).toBe('engine/payload_invalid');
      expect(error.code === 'engine/payload_invalid' && error.issues.length).toBeGreaterThan(0);
      expect(storage.stats().orders).toBe(0);
    },
  );

  it('refuses an order without lines, naming the field', async () => {
    const { oms } = setup();
    const json = payload();
    json.lines = [];
    const error = failure(await oms.ingest('amazon', json));
    expect(error.code === 'engine/payload_invalid' && error.issues[0]).toMatchObject({
      code: 'order/schema_invalid',
      path: ['lines'],
    });
  });

  it('refuses an order of another channel', async () => {
    const { oms } = setup();
    expect(failure(await oms.ingest('cdiscount', payload()))).toEqual({
      code: 'engine/channel_mismatch',
      expected: 'cdiscount',
      received: 'amazon',
    });
  });
});

describe('ingest: dedupe and updates', () => {
  it('writes nothing when the same payload comes again', async () => {
    const { connectors } = recordingConnectors();
    const { oms, storage } = setup({ connectors });
    const first = value(await oms.ingest('amazon', payload()));
    const before = storage.stats();
    const again = value(await oms.ingest('amazon', payload()));
    expect(again).toEqual({
      outcome: 'unchanged',
      state: first.state,
      holdsPlaced: [],
      changes: [],
    });
    expect(storage.stats()).toEqual(before);
  });

  it('ignores the payload orderId and lifecycle quantities when comparing', async () => {
    const { oms } = setup();
    await oms.ingest('amazon', payload());
    const json = payload();
    json.orderId = 'another-id';
    Object.assign(at(json, 'lines', 0, 'quantities'), { allocated: 2, shipped: 2, delivered: 1 });
    expect(value(await oms.ingest('amazon', json)).outcome).toBe('unchanged');
  });

  it('cancels what the channel cancelled since, once', async () => {
    const { oms } = setup();
    const first = value(await oms.ingest('amazon', payload()));
    const json = payload();
    Object.assign(at(json, 'lines', 1, 'quantities'), { cancelled: 1 });
    const updated = value(await oms.ingest('amazon', json));
    expect(updated.outcome).toBe('updated');
    expect(updated.changes).toEqual(['cancelled L2 ×1']);
    expect(updated.state.order.lines[1]?.quantities.cancelled).toBe(1);
    expect(updated.state.version).toBe(first.state.version + 1);
    expect(value(await oms.ingest('amazon', json)).outcome).toBe('unchanged');
    // More cancelled later: only the difference.
    Object.assign(at(json, 'lines', 0, 'quantities'), { cancelled: 2 });
    const more = value(await oms.ingest('amazon', json));
    expect(more.changes).toEqual(['cancelled L1 ×2']);
    expect(more.state.status).toBe('cancelled');
  });

  it('puts the order on hold channel_conflict when other fields change, once per difference', async () => {
    const { oms } = setup();
    await oms.ingest('amazon', payload());
    const json = payload();
    at(json, 'shippingAddress').line1 = '12 rue de Rivoli';
    const updated = value(await oms.ingest('amazon', json));
    expect(updated.outcome).toBe('updated');
    expect(updated.changes).toEqual(['shippingAddress differs']);
    expect(updated.holdsPlaced).toHaveLength(1);
    expect(updated.holdsPlaced[0]?.reasonCode).toBe('channel_conflict');
    expect(updated.holdsPlaced[0]?.note).toContain('shippingAddress');
    expect(value(await oms.ingest('amazon', json)).outcome).toBe('unchanged');
    at(json, 'buyer').name = 'J. Martin';
    const second = value(await oms.ingest('amazon', json));
    expect(second.holdsPlaced[0]?.note).toContain('buyer, shippingAddress');
    expect(second.state.holds).toHaveLength(2);
  });

  it('names the line that changed, or the lines when the set differs', async () => {
    const { oms } = setup();
    await oms.ingest('amazon', payload());
    const json = payload();
    at(json, 'lines', 1).title = 'Black tea';
    expect(value(await oms.ingest('amazon', json)).changes).toEqual(['lines[L2] differs']);
    const fewer = payload();
    fewer.lines = [lines(fewer)[0]];
    const changes = value(await oms.ingest('amazon', fewer)).changes;
    expect(changes).toContain('lines differs');
  });

  it('holds a channel cancellation of units already packed instead of failing', async () => {
    const { oms } = setup();
    const ref = {
      tenantId: 'tenant-a',
      orderId: value(await oms.ingest('amazon', payload())).state.orderId,
    };
    value(await oms.startPreparation(ref));
    value(await oms.recordParcel(ref, { lines: [{ lineId: 'L1', quantity: 2 }] }));
    const json = payload();
    Object.assign(at(json, 'lines', 0, 'quantities'), { cancelled: 1 });
    const updated = value(await oms.ingest('amazon', json));
    expect(updated.outcome).toBe('updated');
    expect(updated.state.order.lines[0]?.quantities.cancelled).toBe(0);
    expect(updated.holdsPlaced.map((h) => h.reasonCode)).toEqual(['channel_conflict']);
    expect(updated.holdsPlaced[0]?.note).toMatch(/line L1/);
    expect(updated.changes).toEqual(['cancellation of L1 ×1 refused (order/quantity_exceeded)']);
    expect(value(await oms.ingest('amazon', json)).outcome).toBe('unchanged');
  });
});

describe('ingest: races', () => {
  it('turns a capture that lost the race into an update', async () => {
    let hide = true;
    const wrapStore = (store: OrderStore): OrderStore => ({
      ...store,
      // The lookup misses the order once, as if another ingest captured it meanwhile.
      findByChannelRef: async (...args) => {
        if (hide) {
          hide = false;
          return undefined;
        }
        return store.findByChannelRef(...args);
      },
    });
    const { oms, storage } = setup({ wrapStore });
    hide = false;
    const first = value(await oms.ingest('amazon', payload()));
    hide = true;
    const json = payload();
    Object.assign(at(json, 'lines', 1, 'quantities'), { cancelled: 1 });
    const second = value(await oms.ingest('amazon', json));
    expect(second.outcome).toBe('updated');
    expect(second.state.orderId).toBe(first.state.orderId);
    expect(storage.stats().orders).toBe(1);
  });

  it('captures under a fresh id when the generated one is taken', async () => {
    const sequential = createSequentialIds();
    let repeats = 1;
    const ids: IdGenerator = {
      // The first two order ids are the same: the second capture meets a version conflict.
      next: (kind) =>
        kind === 'order' && repeats-- === 0 ? 'order-000001' : sequential.next(kind),
    };
    const { oms, storage } = setup({ ids });
    const first = value(await oms.ingest('amazon', payload()));
    expect(first.state.orderId).toBe('order-000001');
    const json = payload();
    at(json, 'channelRef').channelOrderRef = 'R-2';
    const second = value(await oms.ingest('amazon', json));
    expect(second.outcome).toBe('created');
    expect(second.state.orderId).toBe('order-000002');
    expect(storage.stats().orders).toBe(2);
  });

  it('captures once when the same order arrives concurrently', async () => {
    const { oms, storage } = setup();
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => oms.ingest('amazon', payload())),
    );
    const kinds = outcomes.map((o) => value(o).outcome).sort();
    expect(kinds).toEqual(['created', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(storage.stats().orders).toBe(1);
    expect(storage.stats().events).toBe(2);
  });
});
