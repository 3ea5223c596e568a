import { describe, expect, it } from 'vitest';
import { channelActionFor, odooProfile, readChannelStatus } from '../../../src/index.js';

/** The stage and flags the profile gives a status, or undefined when it does not know it. */
function meaningOf(status: string): { stage?: string; flags: readonly string[] } | undefined {
  const read = readChannelStatus(odooProfile, status);
  return read.ok ? { ...read.value } : undefined;
}

// Expected values come from channels.md §9 (Odoo), not from the profile.
describe('odooProfile', () => {
  it('is an ERP whose status keys are prefixed by model', () => {
    expect(odooProfile.kind).toBe('erp');
    for (const status of Object.keys(odooProfile.statuses)) {
      expect(status).toMatch(/^(sale\.order|stock\.picking|account\.move):[a-z_]+$/);
    }
  });

  it('reads sale.order states as §9.1 proposes', () => {
    expect(meaningOf('sale.order:draft')?.stage).toBe('created');
    expect(meaningOf('sale.order:sent')?.stage).toBe('created');
    expect(meaningOf('sale.order:sale')?.stage).toBe('accepted');
    expect(meaningOf('sale.order:cancel')?.stage).toBe('cancelled');
  });

  it('reads outgoing picking states as §9.1 proposes', () => {
    expect(meaningOf('stock.picking:confirmed')?.stage).toBe('accepted');
    expect(meaningOf('stock.picking:waiting')?.stage).toBe('accepted');
    expect(meaningOf('stock.picking:assigned')?.stage).toBe('in_preparation');
    expect(meaningOf('stock.picking:done')?.stage).toBe('shipped');
  });

  it('knows every payment_state literal, a paid credit note signalling a refund', () => {
    for (const s of ['not_paid', 'in_payment', 'paid', 'partial', 'reversed', 'invoicing_legacy']) {
      expect(meaningOf(`account.move:${s}`), s).toBeDefined();
    }
    expect(['refunded', 'partially_refunded']).toContain(meaningOf('account.move:paid')?.stage);
  });

  it('confirms a quotation with action_confirm, never a confirmed order', () => {
    expect(channelActionFor(odooProfile, 'accept', 'sale.order:draft')).toMatchObject({
      ok: true,
      value: { apiName: 'sale.order.action_confirm', asynchronous: false },
    });
    expect(channelActionFor(odooProfile, 'accept', 'sale.order:sale')).toMatchObject({
      ok: false,
      error: { code: 'channel/action_not_allowed', status: 'sale.order:sale' },
    });
  });

  it('ships with button_validate on a ready delivery, cancels with action_cancel', () => {
    expect(channelActionFor(odooProfile, 'ship', 'stock.picking:assigned')).toMatchObject({
      ok: true,
      value: { apiName: 'stock.picking.button_validate' },
    });
    expect(channelActionFor(odooProfile, 'cancel', 'sale.order:sale')).toMatchObject({
      ok: true,
      value: { apiName: 'sale.order.action_cancel' },
    });
    expect(channelActionFor(odooProfile, 'cancel', 'stock.picking:done').ok).toBe(false);
  });

  it('marks the method names inferred (§9.2: not re-verified)', () => {
    for (const rule of odooProfile.actions) expect(rule.confidence, rule.action).toBe('inferred');
  });

  it('gives unit prices (price_unit), countries as alpha-2, synchronous calls', () => {
    expect(odooProfile.prices.linePrice).toBe('unit_price');
    expect(odooProfile.countryFormat).toBe('alpha2');
    expect(odooProfile.asynchronousActions).toBe(false);
  });
});
