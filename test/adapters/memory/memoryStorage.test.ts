import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/adapters/memory/index.js';
import type { AppendBatch } from '../../../src/ports/index.js';
import {
  captureBatch,
  messageDraft,
  minutesAfter,
  stepBatch,
  T0,
} from '../../../src/testing/contracts/_internal/fixtures.js';

const tenantId = 't1';

async function seed(storage = createMemoryStorage()) {
  const a = captureBatch({ tenantId, orderId: 'o-1' });
  await storage.store.append({
    ...a,
    messages: [
      messageDraft(a.state, { messageId: 'm-2', key: 'k2', createdAt: minutesAfter(1) }),
      messageDraft(a.state, { messageId: 'm-1', key: 'k1' }),
    ],
  });
  const b = captureBatch({ tenantId: 't0', orderId: 'o-1', needsAcceptance: false });
  await storage.store.append({ ...b, messages: [messageDraft(b.state, { messageId: 'm-9' })] });
  return storage;
}

describe('createMemoryStorage', () => {
  it('stats counts tenants, orders, events and messages by status', async () => {
    const storage = await seed();
    const [claim] = await storage.outbox.claimDue({
      now: T0,
      leaseUntil: minutesAfter(5),
      limit: 1,
      leaseId: 'L',
      tenantId: 't0',
    });
    await storage.outbox.fail(claim!, { error: 'down' });
    // t0's capture needs no acceptance: two events (captured, accepted).
    expect(storage.stats()).toEqual({
      tenants: 2,
      orders: 2,
      events: 3,
      messages: { pending: 2, parked: 1, done: 0 },
    });
  });

  it('listMessages shows every tenant, by tenant then creation, as copies', async () => {
    const storage = await seed();
    const ids = (ms: readonly { tenantId: string; messageId: string }[]) =>
      ms.map((m) => `${m.tenantId}/${m.messageId}`);
    expect(ids(storage.listMessages())).toEqual(['t0/m-9', 't1/m-1', 't1/m-2']);
    expect(ids(storage.listMessages({ tenantId: 't1', status: 'pending' }))).toEqual([
      't1/m-1',
      't1/m-2',
    ]);
    expect(storage.listMessages({ status: 'done' })).toEqual([]);
    const [first] = storage.listMessages() as unknown as { status: string }[];
    first!.status = 'done';
    expect(storage.stats().messages.done).toBe(0);
  });

  it('two storages share nothing', async () => {
    const one = await seed();
    const two = createMemoryStorage();
    expect(await two.store.load(tenantId, 'o-1')).toBeUndefined();
    expect(two.stats().orders).toBe(0);
    expect(one.stats().orders).toBe(2);
  });

  it('clamps the page size to 1..1000', async () => {
    const { store } = createMemoryStorage();
    for (let i = 0; i < 1001; i++) {
      await store.append(captureBatch({ tenantId, orderId: `o-${String(i).padStart(4, '0')}` }));
    }
    expect((await store.list(tenantId, { limit: 0 })).items).toHaveLength(1);
    expect((await store.list(tenantId, { limit: -5 })).items).toHaveLength(1);
    expect((await store.list(tenantId, { limit: 2.9 })).items).toHaveLength(2);
    expect((await store.list(tenantId, { limit: Number.NaN })).items).toHaveLength(100);
    const big = await store.list(tenantId, { limit: 5000 });
    expect(big.items).toHaveLength(1000);
    expect((await store.list(tenantId, { cursor: big.nextCursor! })).items).toHaveLength(1);
  });

  it('pages through order ids of any characters with opaque cursors', async () => {
    const { store } = createMemoryStorage();
    const ids = ['commande-été-1', 'order/1', 'order 2', '注文-3', 'z🙂'];
    for (const orderId of ids) await store.append(captureBatch({ tenantId, orderId }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list(
        tenantId,
        cursor === undefined ? { limit: 1 } : { limit: 1, cursor },
      );
      seen.push(...page.items.map((r) => r.state.orderId));
      if (page.nextCursor !== undefined) expect(page.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual([...ids].sort());
  });

  it('rejects cursors it did not make and instants it cannot read', async () => {
    const { store, outbox } = await seed();
    for (const cursor of ['', 'x', 'not a cursor', '////', '_w']) {
      await expect(store.list(tenantId, { cursor })).rejects.toThrow(RangeError);
    }
    await expect(store.list(tenantId, { capturedBefore: 'soon' })).rejects.toThrow(RangeError);
    await expect(store.list(tenantId, { updatedBefore: '' })).rejects.toThrow(RangeError);
    const claim = { now: 'now', leaseUntil: minutesAfter(5), limit: 1, leaseId: 'L' };
    await expect(outbox.claimDue(claim)).rejects.toThrow(RangeError);
    await expect(outbox.rearm(tenantId, 'o-1', 'later')).rejects.toThrow(RangeError);
  });

  it('rejects malformed batches and writes nothing', async () => {
    const storage = await seed();
    const good = captureBatch({ tenantId, orderId: 'o-2' });
    const next = stepBatch(good.state, { type: 'accept', at: minutesAfter(1) });
    const malformed: [string, AppendBatch][] = [
      ['no events', { ...good, events: [] }],
      ['events of another order', { ...good, orderId: 'o-3' }],
      ['a seq that does not follow expectedVersion', { ...next, expectedVersion: 0 }],
      ['a state of another tenant', { ...good, tenantId: 't2' }],
      ['a state whose version is not the last seq', { ...good, state: next.state }],
      [
        'a first event other than order.captured',
        { ...next, expectedVersion: 0, events: next.events.map((e) => ({ ...e, seq: 1 })) },
      ],
      [
        'a message of another order',
        {
          ...good,
          messages: [{ ...messageDraft(good.state, { messageId: 'm-x' }), orderId: 'o-1' }],
        },
      ],
      [
        'a message id already used with another key',
        { ...good, messages: [messageDraft(good.state, { messageId: 'm-1', key: 'fresh' })] },
      ],
    ];
    const before = storage.stats();
    for (const [what, batch] of malformed) {
      await expect(storage.store.append(batch), what).rejects.toThrow(RangeError);
    }
    expect(storage.stats()).toEqual(before);
    expect(await storage.store.load(tenantId, 'o-2')).toBeUndefined();
  });

  it('copies ids such as __proto__ as data', async () => {
    const { store } = createMemoryStorage();
    const batch = captureBatch({ tenantId, orderId: 'o-1' });
    const statuses = JSON.parse(
      '{"__proto__":{"status":"SHIPPED","observedAt":"2025-03-01T09:00:00Z"}}',
    ) as Record<string, { status: string; observedAt: string }>;
    await store.append({ ...batch, state: { ...batch.state, channelStatuses: statuses } });
    const loaded = (await store.load(tenantId, 'o-1'))!.state.channelStatuses;
    expect(Object.getPrototypeOf(loaded)).toBe(Object.prototype);
    expect(Object.hasOwn(loaded, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(loaded, '__proto__')?.value).toEqual({
      status: 'SHIPPED',
      observedAt: '2025-03-01T09:00:00Z',
    });
  });

  it('copies the batch at the call: changing it while the append is pending changes nothing', async () => {
    const { store } = createMemoryStorage();
    const batch = captureBatch({ tenantId, orderId: 'o-1' });
    const pending = store.append(batch);
    (batch.state as { status: string }).status = 'closed';
    expect((await pending).ok).toBe(true);
    expect((await store.load(tenantId, 'o-1'))?.state.status).toBe('created');
  });
});
