import { describe, expect, it } from 'vitest';
import { channelActionFor, readChannelStatus } from '../../../src/channels/index.js';
import { shoppingFeedProfile } from '../../../src/channels/profiles/shoppingFeed.js';

// Expected values from /work/shared/reference/channels.md §2 (Shopping Feed).
describe('shoppingFeedProfile', () => {
  it.each([
    ['created', 'created', []],
    ['waiting_store_acceptance', 'created', ['needs_acceptance']],
    ['refused', 'refused', []],
    ['waiting_shipment', 'accepted', []],
    ['partially_shipped', 'partially_shipped', []],
    ['partially_refunded', 'partially_refunded', []],
  ] as const)('reads %s as stage %s with flags %j', (status, stage, flags) => {
    const read = readChannelStatus(shoppingFeedProfile, status);
    if (!read.ok) throw new Error(`${status} should be known`);
    expect(read.value.stage).toBe(stage);
    expect(read.value.flags).toEqual(flags);
    expect(read.value.confidence).toBe('confirmed');
  });

  it('maps the nine documented literals and nothing else', () => {
    expect(Object.keys(shoppingFeedProfile.statuses).sort()).toEqual(
      [
        'cancelled',
        'created',
        'partially_refunded',
        'partially_shipped',
        'refunded',
        'refused',
        'shipped',
        'waiting_shipment',
        'waiting_store_acceptance',
      ].sort(),
    );
    expect(readChannelStatus(shoppingFeedProfile, 'delivered').ok).toBe(false);
  });

  it('ships by item and quantity once the order waits for shipment, through a ticket', () => {
    const ship = channelActionFor(shoppingFeedProfile, 'ship', 'waiting_shipment');
    if (!ship.ok) throw new Error('ship should be allowed at waiting_shipment');
    expect(ship.value.apiName).toBe('ship');
    expect(ship.value.partial).toBe('quantities');
    expect(ship.value.asynchronous).toBe(true);
  });

  it('refunds by quantity, and does not accept an order that waits for shipment', () => {
    const refund = channelActionFor(shoppingFeedProfile, 'refund', 'shipped');
    expect(refund.ok && refund.value.partial).toBe('quantities');
    const accept = channelActionFor(shoppingFeedProfile, 'accept', 'waiting_shipment');
    expect(accept.ok).toBe(false);
    if (!accept.ok) expect(accept.error.code).toBe('channel/action_not_allowed');
  });

  it('gives unit prices as decimal numbers and alpha-2 countries, items carrying statuses', () => {
    expect(shoppingFeedProfile.prices.linePrice).toBe('unit_price');
    expect(shoppingFeedProfile.prices.format).toBe('decimal_number');
    expect(shoppingFeedProfile.countryFormat).toBe('alpha2');
    expect(shoppingFeedProfile.lineStatuses).toBe(true);
    expect(shoppingFeedProfile.asynchronousActions).toBe(true);
  });
});
