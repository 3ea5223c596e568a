import { describe, expect, it } from 'vitest';
import { amazonSpApiProfile, channelActionFor, readChannelStatus } from '../../../src/index.js';

/** The stage and flags the profile gives a status, or undefined when it does not know it. */
function meaningOf(status: string): { stage?: string; flags: readonly string[] } | undefined {
  const read = readChannelStatus(amazonSpApiProfile, status);
  return read.ok ? { ...read.value } : undefined;
}

// Expected values come from channels.md §8 (Amazon SP-API Orders), not from the profile.
describe('amazonSpApiProfile', () => {
  it('reads the v0 OrderStatus values as channels.md §8.1 describes them', () => {
    expect(meaningOf('Pending')?.stage).toBe('created');
    expect(meaningOf('PendingAvailability')?.stage).toBe('created');
    expect(meaningOf('Unshipped')?.stage).toBe('accepted');
    expect(meaningOf('PartiallyShipped')?.stage).toBe('partially_shipped');
    expect(meaningOf('InvoiceUnconfirmed')?.stage).toBe('shipped');
    expect(meaningOf('Canceled')?.stage).toBe('cancelled');
  });

  it('reads the 2026-01-01 fulfillmentStatus values like their v0 twins', () => {
    expect(meaningOf('UNSHIPPED')?.stage).toBe('accepted');
    expect(meaningOf('PARTIALLY_SHIPPED')?.stage).toBe('partially_shipped');
    expect(meaningOf('CANCELLED')?.stage).toBe('cancelled');
  });

  it('has no acceptance step: no status needs acceptance and accept is unsupported', () => {
    for (const status of Object.keys(amazonSpApiProfile.statuses)) {
      expect(meaningOf(status)?.flags, status).not.toContain('needs_acceptance');
    }
    expect(channelActionFor(amazonSpApiProfile, 'accept', 'Pending')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_unsupported', channel: 'amazon_sp_api' },
    });
  });

  it('confirms shipment by item and quantity when Unshipped, never while Pending', () => {
    expect(channelActionFor(amazonSpApiProfile, 'ship', 'Unshipped')).toMatchObject({
      ok: true,
      value: { apiName: 'confirmShipment', partial: 'quantities', asynchronous: false },
    });
    expect(channelActionFor(amazonSpApiProfile, 'ship', 'Pending')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_not_allowed', status: 'Pending' },
    });
  });

  it('cancels and refunds through feeds, which answer asynchronously', () => {
    const cancel = channelActionFor(amazonSpApiProfile, 'cancel', 'Unshipped');
    expect(cancel).toMatchObject({ ok: true, value: { asynchronous: true } });
    expect(cancel.ok && cancel.value.apiName).toMatch(/ORDER_ACKNOWLEDGEMENT/);
    const refund = channelActionFor(amazonSpApiProfile, 'refund', 'Shipped');
    expect(refund).toMatchObject({ ok: true, value: { asynchronous: true } });
    expect(refund.ok && refund.value.apiName).toMatch(/PAYMENT_ADJUSTMENT/);
    expect(amazonSpApiProfile.asynchronousActions).toBe(true);
  });

  it('gives line totals (ItemPrice) as decimal strings and ISO alpha-2 countries', () => {
    expect(amazonSpApiProfile.prices.linePrice).toBe('line_total');
    expect(amazonSpApiProfile.prices.format).toBe('decimal_string');
    expect(amazonSpApiProfile.countryFormat).toBe('alpha2');
  });
});
