import { describe, expect, it } from 'vitest';
import { apply, decide, replay, type AppendBatch, type OrderStore } from '../../../src/index.js';
import { failure, ingestFixture, payload, recordingConnectors, setup, value } from '../_support.js';

const operator = { kind: 'user', id: 'u-1' } as const;

/**
 * A store whose next `conflicts` appends are beaten by a concurrent note written just before
 * them (a real conflict: the store refuses the stale version). Records every batch tried.
 */
function racingStore(conflicts: { count: number }, tried: AppendBatch[]) {
  return (store: OrderStore): OrderStore => ({
    ...store,
    append: async (batch) => {
      tried.push(batch);
      if (conflicts.count > 0 && batch.expectedVersion > 0) {
        conflicts.count -= 1;
        const record = await store.load(batch.tenantId, batch.orderId);
        if (record === undefined) throw new Error('racingStore: unknown order');
        const note = decide(record.state, {
          type: 'addNote',
          at: '2025-03-01T10:00:00.000Z',
          actor: operator,
          text: `concurrent ${String(record.state.version)}`,
        });
        if (!note.ok) throw new Error('racingStore: note refused');
        const written = await store.append({
          tenantId: batch.tenantId,
          orderId: batch.orderId,
          expectedVersion: record.state.version,
          events: note.value,
          state: note.value.reduce(apply, record.state),
          messages: [],
        });
        if (!written.ok) throw new Error('racingStore: note not written');
      }
      return store.append(batch);
    },
  });
}

const sellerCancel = {
  lines: [{ lineId: 'L2', quantity: 1 }],
  requestedBy: 'seller',
  reasonCode: 'out_of_stock',
} as const;

describe('runCommands (through createOms)', () => {
  it('retries on fresh state after version conflicts and loses nothing', async () => {
    const conflicts = { count: 0 };
    const tried: AppendBatch[] = [];
    const { oms, storage } = setup({
      connectors: recordingConnectors().connectors,
      wrapStore: racingStore(conflicts, tried),
    });
    const ref = await ingestFixture(oms);
    conflicts.count = 3;
    tried.length = 0;
    const state = value(await oms.cancelLines(ref, sellerCancel));
    expect(tried).toHaveLength(4);
    expect(tried.map((b) => b.expectedVersion)).toEqual([2, 3, 4, 5]);
    const history = value(await oms.history(ref));
    expect(history.map((e) => e.type)).toEqual([
      'order.captured',
      'order.accepted',
      'note.added',
      'note.added',
      'note.added',
      'order.lines_cancelled',
    ]);
    expect(history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(replay(history)).toEqual(state);
    expect(value(await oms.get(ref))).toEqual(state);
    // The effect is keyed by the event that was finally appended.
    const pushes = storage
      .listMessages()
      .filter((m) => m.effect.kind === 'marketplace.push_status');
    expect(pushes.map((m) => [m.key, m.causedBySeq])).toEqual([
      [`${ref.orderId}:marketplace.push_status:amazon:6`, 6],
    ]);
  });

  it('gives up with engine/conflict_persisting and writes none of its events or effects', async () => {
    const conflicts = { count: 0 };
    const tried: AppendBatch[] = [];
    const { oms, storage } = setup({
      connectors: recordingConnectors().connectors,
      policy: { conflictRetries: 2 },
      wrapStore: racingStore(conflicts, tried),
    });
    const ref = await ingestFixture(oms);
    conflicts.count = 100;
    tried.length = 0;
    expect(failure(await oms.cancelLines(ref, sellerCancel))).toEqual({
      code: 'engine/conflict_persisting',
      tenantId: ref.tenantId,
      orderId: ref.orderId,
      attempts: 3,
    });
    expect(tried).toHaveLength(3);
    const history = value(await oms.history(ref));
    expect(history.filter((e) => e.type === 'order.lines_cancelled')).toEqual([]);
    expect(storage.listMessages().map((m) => m.effect.kind)).not.toContain(
      'marketplace.push_status',
    );
  });

  it('writes nothing when the plan has nothing to do or a later command is refused', async () => {
    const tried: AppendBatch[] = [];
    const { oms, storage } = setup({ wrapStore: racingStore({ count: 0 }, tried) });
    const ref = await ingestFixture(oms);
    value(await oms.startPreparation(ref));
    tried.length = 0;
    value(await oms.recordParcel(ref, { parcelId: 'P1', lines: [{ lineId: 'L1', quantity: 1 }] }));
    tried.length = 0;
    const after = storage.stats();
    // recordParcel plans allocateLines (allowed) then createParcel (its id is taken): neither
    // is written.
    const refused = await oms.recordParcel(ref, {
      parcelId: 'P1',
      lines: [{ lineId: 'L2', quantity: 1 }],
    });
    expect(failure(refused)).toMatchObject({ code: 'order/id_duplicate' });
    expect(tried).toEqual([]);
    expect(storage.stats()).toEqual(after);
    // A plan with nothing to do (the same payload ingested again) appends nothing.
    expect(value(await oms.ingest('amazon', payload())).outcome).toBe('unchanged');
    expect(tried).toEqual([]);
  });

  it('appends effects in the same batch as the events that cause them', async () => {
    const tried: AppendBatch[] = [];
    const { oms } = setup({
      connectors: recordingConnectors().connectors,
      wrapStore: racingStore({ count: 0 }, tried),
    });
    const ref = await ingestFixture(oms);
    value(await oms.cancelLines(ref, sellerCancel));
    expect(tried.length).toBeGreaterThan(0);
    for (const batch of tried) {
      const seqs = new Set(batch.events.map((e) => e.seq));
      for (const message of batch.messages) {
        expect(seqs.has(message.causedBySeq)).toBe(true);
        expect(message.key.endsWith(`:${String(message.causedBySeq)}`)).toBe(true);
        expect(message.orderId).toBe(batch.orderId);
      }
    }
    const last = tried.at(-1);
    expect(last?.state).toEqual(replay(value(await oms.history(ref))));
  });
});
