import { describe, expect, it } from 'vitest';
import { channelActionFor, readChannelStatus } from '../../../src/channels/index.js';
import { beezupProfile } from '../../../src/channels/profiles/beezup.js';

// Expected values from /work/shared/reference/channels.md §3 (BeezUP).
describe('beezupProfile', () => {
  it.each([
    ['New', 'created', ['needs_acceptance']],
    ['InProgress', 'accepted', []],
    ['Shipped', 'shipped', []],
    ['Closed', 'closed', []],
    ['Canceled', 'cancelled', []],
    ['Aborted', 'cancelled', []],
  ] as const)('reads %s as stage %s with flags %j', (status, stage, flags) => {
    const read = readChannelStatus(beezupProfile, status);
    if (!read.ok) throw new Error(`${status} should be known`);
    expect(read.value.stage).toBe(stage);
    expect(read.value.flags).toEqual(flags);
  });

  it('keeps Closed final and marks Aborted as a secondary source', () => {
    expect(beezupProfile.statuses['Closed']?.final).toBe(true);
    expect(beezupProfile.statuses['Aborted']?.confidence).toBe('secondary');
  });

  it('leaves the undocumented literals of "Undefined" and "Not provided" unknown', () => {
    const read = readChannelStatus(beezupProfile, 'Not provided');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe('channel/status_unknown');
  });

  it('ships a whole order in progress asynchronously, and cannot ship a new order', () => {
    const ship = channelActionFor(beezupProfile, 'ship', 'InProgress');
    if (!ship.ok) throw new Error('ship should be allowed at InProgress');
    expect(ship.value.apiName).toBe('ShipOrder');
    expect(ship.value.partial).toBe('order');
    expect(ship.value.asynchronous).toBe(true);
    const early = channelActionFor(beezupProfile, 'ship', 'New');
    expect(early.ok).toBe(false);
  });

  it('offers no refund, and sets the host reference with setMerchantOrderInfo', () => {
    const refund = channelActionFor(beezupProfile, 'refund', 'Shipped');
    expect(refund.ok).toBe(false);
    if (!refund.ok) expect(refund.error.code).toBe('channel/action_unsupported');
    const ack = channelActionFor(beezupProfile, 'acknowledge', 'New');
    expect(ack.ok && ack.value.apiName).toBe('setMerchantOrderInfo');
  });

  it('writes amounts as decimal numbers and countries in alpha-2, lines without statuses', () => {
    expect(beezupProfile.prices.format).toBe('decimal_number');
    expect(beezupProfile.countryFormat).toBe('alpha2');
    expect(beezupProfile.lineStatuses).toBe(false);
  });
});
