import { describe, expect, it } from 'vitest';
import type { Oms, OrderRef } from '../../src/index.js';
import { ingestOrder, rig, start, value } from './_dispatchSupport.js';

const user = { kind: 'user', id: 'u-1' } as const;
const day = 86_400_000;
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Takes an order (no connectors: the host drives it) through preparation to delivery. */
async function deliver(oms: Oms, ref: OrderRef): Promise<void> {
  value(await oms.startPreparation(ref, { warehouseId: 'WH1' }));
  value(
    await oms.recordParcel(ref, {
      parcelId: `P-${ref.orderId}`,
      lines: [
        { lineId: 'L1', quantity: 2 },
        { lineId: 'L2', quantity: 1 },
      ],
    }),
  );
  value(
    await oms.recordTracking(ref, {
      parcelId: `P-${ref.orderId}`,
      tracking: { number: `T${ref.orderId.replace(/\D/g, '')}`, carrierCode: 'colissimo' },
    }),
  );
  value(await oms.markDelivered(ref, { parcelId: `P-${ref.orderId}` }));
}

/** A rig without connectors, serving tenant-a, with delivered orders captured at `start`. */
function hostRig(policy: { autoCloseAfterDays?: number; tenants?: readonly string[] } = {}) {
  return rig({ connectors: () => ({}), policy: { tenants: ['tenant-a'], ...policy } });
}

describe('runTimers: auto-close after delivery', () => {
  it('closes a delivered order once it has been untouched for autoCloseAfterDays days', async () => {
    const { oms } = hostRig();
    const ref = await ingestOrder(oms);
    await deliver(oms, ref);
    // Its last event is at `start`; the timer runs strictly after start + 14 days.
    expect(await oms.tick(plus(start, 14 * day))).toEqual({ closed: 0 });
    expect(value(await oms.get(ref)).status).toBe('delivered');
    expect(await oms.tick(plus(start, 14 * day + 1))).toEqual({ closed: 1 });
    expect(value(await oms.get(ref)).status).toBe('closed');
    const history = value(await oms.history(ref));
    expect(history.at(-1)).toMatchObject({
      type: 'order.closed',
      actor: { kind: 'system', id: 'ordokit' },
    });
    expect(await oms.tick(plus(start, 30 * day))).toEqual({ closed: 0 });
  });

  it('follows policy.autoCloseAfterDays and the clock when no instant is given', async () => {
    const { oms, clock } = hostRig({ autoCloseAfterDays: 2 });
    const ref = await ingestOrder(oms);
    await deliver(oms, ref);
    clock.advance({ days: 1 });
    expect(await oms.tick()).toEqual({ closed: 0 });
    clock.advance({ days: 1, milliseconds: 1 });
    expect(await oms.tick()).toEqual({ closed: 1 });
  });

  it('counts from the last event: a note after delivery restarts the wait', async () => {
    const { oms, clock } = hostRig();
    const ref = await ingestOrder(oms);
    await deliver(oms, ref);
    clock.advance({ days: 10 });
    value(await oms.addNote(ref, 'buyer called, all fine', { actor: user }));
    expect(await oms.tick(plus(start, 15 * day))).toEqual({ closed: 0 });
    expect(await oms.tick(plus(start, 24 * day + 1))).toEqual({ closed: 1 });
  });

  it('leaves orders that are not delivered, on hold, or with a return open', async () => {
    const { oms } = hostRig();
    const open = await ingestOrder(oms);
    const held = await ingestOrder(oms, (j) => {
      (j.channelRef as { channelOrderRef: string }).channelOrderRef = 'HELD';
    });
    const returning = await ingestOrder(oms, (j) => {
      (j.channelRef as { channelOrderRef: string }).channelOrderRef = 'RETURN';
    });
    const plain = await ingestOrder(oms, (j) => {
      (j.channelRef as { channelOrderRef: string }).channelOrderRef = 'PLAIN';
    });
    for (const ref of [held, returning, plain]) await deliver(oms, ref);
    value(await oms.placeHold(held, { reasonCode: 'manual', note: 'check' }, { actor: user }));
    value(
      await oms.execute(
        returning,
        {
          type: 'requestReturn',
          rmaId: 'R1',
          lines: [{ lineId: 'L1', quantity: 1, reason: 'damaged_in_transit' }],
        },
        { actor: user },
      ),
    );
    expect(await oms.tick(plus(start, 20 * day))).toEqual({ closed: 1 });
    const statuses = await Promise.all(
      [open, held, returning, plain].map(async (ref) => value(await oms.get(ref)).status),
    );
    expect(statuses).toEqual(['accepted', 'delivered', 'delivered', 'closed']);
  });

  it('walks every page of the store (more orders than one page)', async () => {
    const { oms } = hostRig();
    const refs: OrderRef[] = [];
    for (let i = 0; i < 230; i++) {
      const ref = await ingestOrder(oms, (j) => {
        (j.channelRef as { channelOrderRef: string }).channelOrderRef = `REF-${String(i)}`;
      });
      await deliver(oms, ref);
      refs.push(ref);
    }
    expect(await oms.tick(plus(start, 15 * day))).toEqual({ closed: 230 });
    const page = await oms.list('tenant-a', { status: ['delivered'] });
    expect(page.items).toEqual([]);
  });

  it('serves only the tenants of policy.tenants', async () => {
    const { oms } = hostRig({ tenants: ['tenant-b'] });
    const a = await ingestOrder(oms);
    const b = await ingestOrder(oms, (j) => {
      j.tenantId = 'tenant-b';
    });
    await deliver(oms, a);
    await deliver(oms, b);
    expect(await oms.tick(plus(start, 15 * day))).toEqual({ closed: 1 });
    expect(value(await oms.get(a)).status).toBe('delivered');
    expect(value(await oms.get(b)).status).toBe('closed');
    const none = rig({ connectors: () => ({}) });
    const c = await ingestOrder(none.oms);
    await deliver(none.oms, c);
    expect(await none.oms.tick(plus(start, 15 * day))).toEqual({ closed: 0 });
  });

  it('throws a RangeError when now is not an instant', async () => {
    const { oms } = hostRig();
    await expect(oms.tick('soon')).rejects.toThrow(RangeError);
  });
});
