import { describe, expect, it } from 'vitest';
import { channelActionFor, izifluxProfile, readChannelStatus } from '../../../src/index.js';

/** The stage and flags the profile gives a status, or undefined when it does not know it. */
function meaningOf(status: string): { stage?: string; flags: readonly string[] } | undefined {
  const read = readChannelStatus(izifluxProfile, status);
  return read.ok ? { ...read.value } : undefined;
}

// Expected values come from channels.md §6 (Iziflux) and §10, not from the profile.
describe('izifluxProfile', () => {
  it('reads an imported line as accepted and an exported shipment line as shipped', () => {
    expect(meaningOf('line_imported')).toMatchObject({ stage: 'accepted', flags: [] });
    expect(meaningOf('shipment_exported')?.stage).toBe('shipped');
    expect(meaningOf('shipment_exported_partially')?.stage).toBe('partially_shipped');
  });

  it('flags an Amazon-fulfilled (FBA) line as fulfilled by the marketplace', () => {
    expect(meaningOf('line_imported_fba')?.flags).toContain('fulfilled_by_marketplace');
  });

  it('has no status literal of its own: nothing is confirmed, nothing needs acceptance', () => {
    for (const [status, meaning] of Object.entries(izifluxProfile.statuses)) {
      expect(meaning.confidence, status).not.toBe('confirmed');
      expect(meaning.flags, status).not.toContain('needs_acceptance');
    }
    expect(izifluxProfile.confidence).toBe('inferred');
  });

  it('ships by line and quantity through the shipment file, not twice a full shipment', () => {
    expect(channelActionFor(izifluxProfile, 'ship', 'line_imported')).toMatchObject({
      ok: true,
      value: { partial: 'quantities' },
    });
    expect(channelActionFor(izifluxProfile, 'ship', 'shipment_exported')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_not_allowed', status: 'shipment_exported' },
    });
  });

  it('offers no accept, cancel or refund (none seen in the exchange)', () => {
    for (const action of ['accept', 'refuse', 'cancel', 'refund'] as const) {
      expect(channelActionFor(izifluxProfile, action, 'line_imported'), action).toMatchObject({
        ok: false,
        error: { code: 'channel/action_unsupported', channel: 'iziflux' },
      });
    }
  });

  it('gives unit prices as text, countries as alpha-2 codes', () => {
    expect(izifluxProfile.prices.linePrice).toBe('unit_price');
    expect(izifluxProfile.prices.format).toBe('decimal_string');
    expect(izifluxProfile.countryFormat).toBe('alpha2');
  });
});
