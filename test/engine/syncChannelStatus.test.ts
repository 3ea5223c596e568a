import { describe, expect, it } from 'vitest';
import {
  amazonSpApiProfile,
  isOrdokitError,
  lengowProfile,
  miraklProfile,
  type Oms,
  type OmsPolicy,
} from '../../src/index.js';
import { failure, payload, setup, value } from './_support.js';

/** An amazon order (L1 ×2, L2 ×1) waiting for acceptance. */
async function created(policy?: Partial<OmsPolicy>) {
  const harness = setup(policy === undefined ? {} : { policy });
  const outcome = value(await harness.oms.ingest('amazon', payload(), { needsAcceptance: true }));
  const ref = { tenantId: outcome.state.tenantId, orderId: outcome.state.orderId };
  return { ...harness, ref };
}

type Ref = { readonly tenantId: string; readonly orderId: string };

async function ship(oms: Oms, ref: Ref): Promise<void> {
  value(await oms.accept(ref));
  value(await oms.startPreparation(ref, { warehouseId: 'WH1' }));
  const lines = [
    { lineId: 'L1', quantity: 2 },
    { lineId: 'L2', quantity: 1 },
  ];
  value(await oms.recordParcel(ref, { parcelId: 'P1', lines, warehouseId: 'WH1' }));
  const tracking = { number: '6A12345678901', carrierCode: 'colissimo' };
  value(await oms.recordTracking(ref, { parcelId: 'P1', tracking }));
}

describe('oms.syncChannelStatus', () => {
  it('follows an acceptance, records the status, and writes nothing for the same status again', async () => {
    const { oms, ref } = await created();
    const synced = value(await oms.syncChannelStatus(ref, 'lengow', 'waiting_shipment'));
    expect(synced.outcome).toBe('followed');
    expect(synced.state.status).toBe('accepted');
    expect(synced.state.channelStatuses.lengow?.status).toBe('waiting_shipment');
    expect(synced.holdsPlaced).toEqual([]);
    const events = value(await oms.history(ref)).slice(-2);
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['channel.status_observed', { kind: 'channel', id: 'lengow' }],
      ['order.accepted', { kind: 'channel', id: 'lengow' }],
    ]);
    const again = value(await oms.syncChannelStatus(ref, 'lengow', 'waiting_shipment'));
    expect(again.outcome).toBe('unchanged');
    expect(again.state.version).toBe(synced.state.version);
  });

  it('never regresses the host: waiting_shipment leaves an order in preparation', async () => {
    const { oms, ref } = await created();
    value(await oms.accept(ref));
    value(await oms.startPreparation(ref, { warehouseId: 'WH1' }));
    const synced = value(await oms.syncChannelStatus(ref, 'lengow', 'waiting_shipment'));
    expect(synced.outcome).toBe('observed');
    expect(synced.state.status).toBe('in_preparation');
    expect(synced.state.holds).toEqual([]);
  });

  it('cancels every unit the channel cancelled before shipment', async () => {
    const { oms, ref } = await created();
    const synced = value(await oms.syncChannelStatus(ref, 'mirakl', 'CANCELED'));
    expect(synced.state.status).toBe('cancelled');
    expect(synced.state.order.lines.map((l) => l.quantities.cancelled)).toEqual([2, 1]);
  });

  it('holds a cancellation after shipment with a French note, once', async () => {
    const { oms, ref } = await created({ locale: 'fr' });
    await ship(oms, ref);
    const synced = value(await oms.syncChannelStatus(ref, 'mirakl', 'CANCELED'));
    expect(synced.outcome).toBe('conflict');
    expect(synced.state.status).toBe('shipped');
    expect(synced.holdsPlaced).toHaveLength(1);
    expect(synced.holdsPlaced[0]).toMatchObject({
      reasonCode: 'channel_conflict',
      placedBy: { kind: 'system', id: 'ordokit' },
      note: 'Le canal mirakl indique « CANCELED » (cancelled), mais des articles de la commande sont déjà expédiés (commande shipped).',
    });
    // Another status, then the same cancellation again: the active hold is not doubled.
    value(await oms.syncChannelStatus(ref, 'mirakl', 'SHIPPED'));
    const again = value(await oms.syncChannelStatus(ref, 'mirakl', 'CANCELED'));
    expect(again.outcome).toBe('conflict');
    expect(again.holdsPlaced).toEqual([]);
    expect(again.state.holds).toHaveLength(1);
    expect(again.state.channelStatuses.mirakl?.status).toBe('CANCELED');
  });

  it('holds an unknown status and a channel without a profile', async () => {
    const { oms, ref } = await created();
    const unknown = value(await oms.syncChannelStatus(ref, 'lengow', { weird: true }));
    expect(unknown.outcome).toBe('conflict');
    expect(unknown.holdsPlaced[0]?.note).toBe(
      'Channel lengow sent an object, which its profile does not know.',
    );
    expect(unknown.state.channelStatuses).toEqual({});
    const noProfile = value(await oms.syncChannelStatus(ref, 'acme', 'DONE'));
    expect(noProfile.outcome).toBe('conflict');
    expect(noProfile.state.status).toBe('created');
    expect(noProfile.holdsPlaced[0]?.note).toBe(
      'Channel acme sent the status "DONE", but it has no channel profile.',
    );
    expect(noProfile.state.channelStatuses.acme?.status).toBe('DONE');
  });

  it("reads the order's own channel with the profiles the policy gives", async () => {
    const { oms, ref } = await created({ channelProfiles: { amazon: amazonSpApiProfile } });
    const synced = value(await oms.syncChannelStatus(ref, undefined, 'Unshipped'));
    expect(synced.outcome).toBe('followed');
    expect(synced.state.status).toBe('accepted');
    expect(synced.state.channelStatuses.amazon?.status).toBe('Unshipped');
    // The policy's profiles replace the defaults: lengow is unknown here.
    const other = value(await oms.syncChannelStatus(ref, 'lengow', 'shipped'));
    expect(other.holdsPlaced[0]?.note).toContain('no channel profile');
  });

  it('answers engine/order_not_found for an unknown order', async () => {
    const { oms } = setup();
    const missing = { tenantId: 'tenant-a', orderId: 'nope' };
    expect(failure(await oms.syncChannelStatus(missing, 'lengow', 'accepted')).code).toBe(
      'engine/order_not_found',
    );
  });

  it('rejects channel profiles that are not profiles by code', () => {
    for (const channelProfiles of [{ Lengow: lengowProfile }, { mirakl: {} }, []]) {
      const build = () => setup({ policy: { channelProfiles } as unknown as Partial<OmsPolicy> });
      let thrown: unknown;
      try {
        build();
      } catch (error) {
        thrown = error;
      }
      expect(isOrdokitError(thrown)).toBe(true);
      expect(isOrdokitError(thrown) ? thrown.detail : undefined).toEqual({
        code: 'engine/config_invalid',
        field: 'policy.channelProfiles',
        expected: 'channel_profiles',
      });
    }
    expect(() => setup({ policy: { channelProfiles: { m: miraklProfile } } })).not.toThrow();
  });
});
