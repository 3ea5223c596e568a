import { describe, expect, it } from 'vitest';
import { connectMarketplace, lengowProfile, type ChannelProfile } from '../../src/index.js';
import { fakeChannelApi, testJournal } from './_channelApi.js';
import { ingestFixture, setup, value } from './_support.js';

// The fixture's orders come from `amazon`; a Lengow-like profile under that code.
const profile: ChannelProfile = { ...lengowProfile, code: 'amazon' };

function rig() {
  const fake = fakeChannelApi('amazon');
  const journal = testJournal();
  const amazon = connectMarketplace({ api: fake.api, profile, journal });
  const harness = setup({
    connectors: { marketplaces: { amazon } },
    policy: { channelsNeedingAcceptance: ['amazon'] },
  });
  return { ...harness, fake, journal };
}

describe('connectMarketplace in createOms', () => {
  it('accepts, cancels the delta and ships; dispatching again sends nothing new', async () => {
    const { oms, storage, fake, journal } = rig();
    const ref = await ingestFixture(oms);
    value(await oms.accept(ref));
    value(
      await oms.cancelLines(ref, {
        lines: [{ lineId: 'L2', quantity: 1 }],
        requestedBy: 'seller',
        reasonCode: 'out_of_stock',
      }),
    );
    value(await oms.startPreparation(ref, { warehouseId: 'WH1' }));
    value(
      await oms.recordParcel(ref, {
        parcelId: 'P1',
        lines: [{ lineId: 'L1', quantity: 2 }],
        warehouseId: 'WH1',
        carrier: { code: 'colissimo' },
      }),
    );
    value(
      await oms.recordTracking(ref, {
        parcelId: 'P1',
        tracking: { number: '6A000001', carrierCode: 'colissimo' },
      }),
    );
    const { channelRef } = value(await oms.get(ref)).order;
    const report = await oms.dispatch();
    expect(report.byKind).toEqual({ 'marketplace.push_status': 2, 'marketplace.push_tracking': 1 });
    expect(fake.calls.map((c) => c.request)).toEqual([
      {
        action: 'accept',
        orderId: ref.orderId,
        channelRef,
        lines: [],
      },
      {
        action: 'cancel',
        orderId: ref.orderId,
        channelRef,
        lines: [{ lineId: 'L2', quantity: 1 }],
      },
      {
        action: 'ship',
        orderId: ref.orderId,
        channelRef,
        parcelId: 'P1',
        carrier: { code: 'colissimo' },
        tracking: { number: '6A000001', carrierCode: 'colissimo' },
        lines: [{ lineId: 'L1', quantity: 2 }],
      },
    ]);
    expect(journal.entries().map((e) => [e.action, e.state, e.tenantId])).toEqual([
      ['accept', 'done', ref.tenantId],
      ['cancel', 'done', ref.tenantId],
      ['ship', 'done', ref.tenantId],
    ]);

    await oms.dispatch();
    await oms.dispatch();
    expect(fake.calls).toHaveLength(3);
    expect(storage.listMessages().every((m) => m.status === 'done')).toBe(true);
  });

  it('retries through the outbox after a timeout; the channel acts once', async () => {
    const { oms, clock, fake } = rig();
    const ref = await ingestFixture(oms);
    value(await oms.accept(ref));
    fake.script.push('timeout_acted');
    const first = await oms.dispatch();
    expect(first.retried).toBe(1);
    clock.advance({ hours: 2 });
    const second = await oms.dispatch();
    expect(second.delivered).toBe(1);
    expect(fake.calls.map((c) => c.context.attempt)).toEqual([1, 2]);
    expect(fake.acted.map((r) => r.action)).toEqual(['accept']);
  });

  it('parks the push and holds the order when the channel refuses for good', async () => {
    const { oms, fake } = rig();
    const ref = await ingestFixture(oms);
    value(await oms.accept(ref));
    fake.script.push('rejected');
    const report = await oms.dispatch();
    expect(report.parked).toBe(1);
    const state = value(await oms.get(ref));
    expect(state.holds.map((h) => h.reasonCode)).toEqual(['effect_failed']);
    expect(state.holds[0]?.note).toContain('422 accept refused');
  });
});
