import { describe, expect, it } from 'vitest';
import { channelActionFor, readChannelStatus, shippingboProfile } from '../../../src/index.js';

/** The stage and flags the profile gives a status, or undefined when it does not know it. */
function meaningOf(status: string): { stage?: string; flags: readonly string[] } | undefined {
  const read = readChannelStatus(shippingboProfile, status);
  return read.ok ? { ...read.value } : undefined;
}

// Expected values come from channels.md §4 (ShippingBo) and §10, not from the profile.
describe('shippingboProfile', () => {
  it('is an OMS keyed shippingbo', () => {
    expect(shippingboProfile.code).toBe('shippingbo');
    expect(shippingboProfile.kind).toBe('oms');
  });

  it('reads the WMS flow states as channels.md §4.1 documents them', () => {
    expect(meaningOf('to_be_prepared')).toMatchObject({ stage: 'accepted', flags: [] });
    expect(meaningOf('sent_to_logistics')?.stage).toBe('in_preparation');
    expect(meaningOf('in_preparation')?.stage).toBe('in_preparation');
    expect(meaningOf('shipped')?.stage).toBe('shipped');
  });

  it('reads the partial, pickup and cancelled states', () => {
    expect(meaningOf('partially_shipped')?.stage).toBe('partially_shipped');
    expect(meaningOf('at_pickup_location')).toMatchObject({ stage: 'shipped', flags: ['pickup'] });
    expect(meaningOf('canceled')?.stage).toBe('cancelled');
    expect(meaningOf('rejected')?.stage).toBe('cancelled');
  });

  it('keeps the stage on in_trouble and marks merged and split orders superseded', () => {
    expect(meaningOf('in_trouble')?.stage).toBeUndefined();
    expect(meaningOf('in_trouble')?.flags).toContain('manual_handling');
    expect(meaningOf('merged')?.flags).toContain('superseded');
    expect(meaningOf('splitted')?.flags).toContain('superseded');
  });

  it('confirms the states with a documented meaning and infers the rest', () => {
    expect(shippingboProfile.statuses.in_trouble?.confidence).toBe('confirmed');
    expect(shippingboProfile.statuses.dispatched?.confidence).toBe('inferred');
  });

  it('does not know the package-only state delivered as an order state', () => {
    expect(meaningOf('delivered')).toBeUndefined();
  });

  it('records shipments by line quantity while prepared, never once shipped', () => {
    expect(channelActionFor(shippingboProfile, 'ship', 'in_preparation')).toMatchObject({
      ok: true,
      value: { apiName: 'POST /shipments', partial: 'quantities', asynchronous: false },
    });
    expect(channelActionFor(shippingboProfile, 'ship', 'shipped')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_not_allowed', status: 'shipped' },
    });
  });

  it('offers no acceptance and no refund (§10.1, §4.2)', () => {
    expect(channelActionFor(shippingboProfile, 'accept', 'to_be_prepared')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_unsupported', channel: 'shippingbo' },
    });
    expect(channelActionFor(shippingboProfile, 'refund', 'shipped')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_unsupported' },
    });
  });

  it('gives whole-line prices tax included in integer cents, countries in alpha-2', () => {
    expect(shippingboProfile.prices).toEqual({
      linePrice: 'line_total',
      taxIncluded: 'included',
      format: 'integer_cents',
    });
    expect(shippingboProfile.countryFormat).toBe('alpha2');
    expect(shippingboProfile.lineStatuses).toBe(false);
  });
});
