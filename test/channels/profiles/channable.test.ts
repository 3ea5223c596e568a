import { describe, expect, it } from 'vitest';
import { channelActionFor, readChannelStatus } from '../../../src/channels/index.js';
import { channableProfile } from '../../../src/channels/profiles/channable.js';

// Expected values from /work/shared/reference/channels.md §5 (Channable).
describe('channableProfile', () => {
  it.each([
    ['waiting', 'created', []],
    ['not_shipped', 'accepted', []],
    ['pending_shipment', 'shipped', []],
    ['shipped', 'shipped', []],
    ['pending_cancellation', 'cancelled', []],
    ['cancelled', 'cancelled', []],
  ] as const)('reads %s as stage %s with flags %j', (status, stage, flags) => {
    const read = readChannelStatus(channableProfile, status);
    if (!read.ok) throw new Error(`${status} should be known`);
    expect(read.value.stage).toBe(stage);
    expect(read.value.flags).toEqual(flags);
  });

  it('raises flags without a stage for a buyer cancellation request and manual handling', () => {
    expect(channableProfile.statuses['cancellation_request']).toMatchObject({
      flags: ['cancellation_requested'],
    });
    expect(channableProfile.statuses['cancellation_request']?.stage).toBeUndefined();
    expect(channableProfile.statuses['manual']?.flags).toEqual(['manual_handling']);
    expect(channableProfile.statuses['manual']?.stage).toBeUndefined();
  });

  it('maps all eleven status_shipped literals, from a secondary source', () => {
    expect(Object.keys(channableProfile.statuses)).toHaveLength(11);
    for (const meaning of Object.values(channableProfile.statuses)) {
      expect(meaning.confidence).toBe('secondary');
    }
  });

  it('ships chosen items of an open order, and has no accept, refuse or refund', () => {
    const ship = channelActionFor(channableProfile, 'ship', 'not_shipped');
    if (!ship.ok) throw new Error('ship should be allowed at not_shipped');
    expect(ship.value.partial).toBe('lines');
    for (const action of ['accept', 'refuse', 'refund'] as const) {
      const found = channelActionFor(channableProfile, action, 'awaiting_confirmation');
      expect(found.ok).toBe(false);
      if (!found.ok) expect(found.error.code).toBe('channel/action_unsupported');
    }
  });

  it('does not cancel through Channable once the buyer asked to cancel', () => {
    const cancel = channelActionFor(channableProfile, 'cancel', 'cancellation_request');
    expect(cancel.ok).toBe(false);
    if (!cancel.ok) expect(cancel.error.code).toBe('channel/action_not_allowed');
  });

  it('gives unit prices as decimal numbers, items carrying statuses', () => {
    expect(channableProfile.prices.linePrice).toBe('unit_price');
    expect(channableProfile.prices.format).toBe('decimal_number');
    expect(channableProfile.countryFormat).toBe('alpha2');
    expect(channableProfile.lineStatuses).toBe(true);
  });
});
