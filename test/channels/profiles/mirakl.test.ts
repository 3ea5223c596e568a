import { describe, expect, it } from 'vitest';
import { channelActionFor, miraklProfile, readChannelStatus } from '../../../src/index.js';

/** The stage and flags the profile gives a status, or undefined when it does not know it. */
function meaningOf(status: string): { stage?: string; flags: readonly string[] } | undefined {
  const read = readChannelStatus(miraklProfile, status);
  return read.ok ? { ...read.value } : undefined;
}

// Expected values come from channels.md §7 (Mirakl MMP seller API), not from the profile.
describe('miraklProfile', () => {
  it('reads the order states as channels.md §7.1 describes them', () => {
    expect(meaningOf('WAITING_ACCEPTANCE')).toMatchObject({
      stage: 'created',
      flags: ['needs_acceptance'],
    });
    expect(meaningOf('STAGING')?.stage).toBe('created');
    expect(meaningOf('SHIPPING')?.stage).toBe('accepted');
    expect(meaningOf('TO_COLLECT')).toMatchObject({ stage: 'shipped', flags: ['pickup'] });
    expect(meaningOf('RECEIVED')?.stage).toBe('delivered');
    expect(meaningOf('CANCELED')?.stage).toBe('cancelled');
  });

  it('reads a refused order as ordokit refused, and the line state INCIDENT_OPEN as a flag', () => {
    expect(meaningOf('REFUSED')?.stage).toBe('refused');
    expect(meaningOf('INCIDENT_OPEN')?.flags).toContain('incident_open');
  });

  it('knows every order state literal of the SDK and no lower-case variant', () => {
    const orderStates = [
      'STAGING',
      'WAITING_ACCEPTANCE',
      'WAITING_DEBIT',
      'WAITING_DEBIT_PAYMENT',
      'SHIPPING',
      'SHIPPED',
      'TO_COLLECT',
      'RECEIVED',
      'CLOSED',
      'REFUSED',
      'CANCELED',
    ];
    for (const state of orderStates) expect(meaningOf(state), state).toBeDefined();
    expect(readChannelStatus(miraklProfile, 'shipping')).toMatchObject({
      ok: false,
      error: { code: 'channel/status_unknown', channel: 'mirakl' },
    });
  });

  it('ships with OR24 once the order is SHIPPING, never before acceptance', () => {
    const allowed = channelActionFor(miraklProfile, 'ship', 'SHIPPING');
    expect(allowed.ok && allowed.value.apiName).toContain('OR24');
    expect(channelActionFor(miraklProfile, 'ship', 'WAITING_ACCEPTANCE')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_not_allowed', status: 'WAITING_ACCEPTANCE' },
    });
  });

  it('accepts and refuses lines with OR21 while WAITING_ACCEPTANCE only', () => {
    const accept = channelActionFor(miraklProfile, 'accept', 'WAITING_ACCEPTANCE');
    expect(accept).toMatchObject({ ok: true, value: { apiName: 'OR21', partial: 'lines' } });
    expect(channelActionFor(miraklProfile, 'refuse', 'SHIPPING').ok).toBe(false);
  });

  it('refunds with OR28 by line and quantity, and offers no import acknowledgement', () => {
    expect(channelActionFor(miraklProfile, 'refund', 'RECEIVED')).toMatchObject({
      ok: true,
      value: { apiName: 'OR28', partial: 'quantities' },
    });
    expect(channelActionFor(miraklProfile, 'acknowledge', 'SHIPPING')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_unsupported' },
    });
  });

  it('gives unit prices (price_unit) as decimals, tax mode per order, ISO alpha-3 countries', () => {
    expect(miraklProfile.prices).toEqual({
      linePrice: 'unit_price',
      taxIncluded: 'per_order',
      format: 'decimal_number',
    });
    expect(miraklProfile.countryFormat).toBe('alpha3');
    expect(miraklProfile.lineStatuses).toBe(true);
  });
});
