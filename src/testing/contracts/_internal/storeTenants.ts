import type { ContractTestApi, MakeOrderStore } from '../types.js';
import { checkSame, idsOf } from './assert.js';
import { holdStep, minutesAfter, stepBatch } from './fixtures.js';
import { capture, step, testsWith } from './harness.js';

/** Tenant A never sees tenant B, even when both use the same ids and references. */
export function registerTenants(api: ContractTestApi, make: MakeOrderStore): void {
  const test = testsWith(api, make);

  test('tenants with the same orderId and channel reference stay apart', async ({ store }) => {
    const same = { orderId: 'o-1', channel: 'shop', channelOrderRef: 'R-1' };
    const a = await capture(store, { ...same, tenantId: 'tenant-a', buyerName: 'Alice Adam' });
    const b = await capture(store, { ...same, tenantId: 'tenant-b', buyerName: 'Bob Brun' });
    const a2 = await step(store, a, holdStep('suspected_fraud', 'h-1', minutesAfter(1)));

    checkSame((await store.load('tenant-a', 'o-1'))?.state, a2, 'load in A');
    checkSame((await store.load('tenant-b', 'o-1'))?.state, b, 'load in B');
    checkSame(
      (await store.findByChannelRef('tenant-b', 'shop', 'R-1'))?.state,
      b,
      'findByChannelRef in B',
    );
    checkSame((await store.loadEvents('tenant-b', 'o-1')).length, 1, 'events of B');
    checkSame((await store.loadEvents('tenant-a', 'o-1')).length, 2, 'events of A');
    const pageB = await store.list('tenant-b');
    checkSame(
      pageB.items.map((r) => r.state),
      [b],
      'list of B (no order of A)',
    );
    checkSame(
      (await store.list('tenant-b', { holdReason: 'suspected_fraud' })).items,
      [],
      "list of B by A's hold reason",
    );
    // B's version is its own: appending on B's version 1 works although A is at 2.
    const b2 = stepBatch(b, { type: 'accept', at: minutesAfter(2) });
    checkSame((await store.append(b2)).ok, true, "append on B's own version");
  });

  test('an unknown tenant sees nothing', async ({ store }) => {
    await capture(store, { tenantId: 'tenant-a', orderId: 'o-1', channelOrderRef: 'R-1' });
    checkSame(await store.load('tenant-c', 'o-1'), undefined, 'load');
    checkSame(await store.findByChannelRef('tenant-c', 'shop', 'R-1'), undefined, 'find');
    checkSame(await store.loadEvents('tenant-c', 'o-1'), [], 'loadEvents');
    checkSame(idsOf((await store.list('tenant-c')).items), [], 'list');
  });

  test('a batch for tenant B cannot reach the same orderId in tenant A', async ({ store }) => {
    const a = await capture(store, { tenantId: 'tenant-a', orderId: 'o-1' });
    // A's order is at version 1; B has no order o-1, so a step on version 1 is a conflict.
    const intoB = stepBatch(
      { ...a, tenantId: 'tenant-b' },
      { type: 'accept', at: minutesAfter(1) },
    );
    const result = await store.append(intoB);
    checkSame(result.ok ? 'ok' : result.error.code, 'store/version_conflict', 'append in B');
    checkSame((await store.load('tenant-a', 'o-1'))?.state, a, 'A unchanged');
    checkSame(await store.load('tenant-b', 'o-1'), undefined, 'B still has no order o-1');
  });
}
