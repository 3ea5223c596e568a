import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateAddress, validateOrder, type OrderValidationIssue } from '../../src/index.js';
import {
  arbitraryAddress,
  arbitraryBrokenAddress,
  arbitraryOrder,
} from '../../src/testing/index.js';
import { exclusiveOrder, type Json } from './_fixtures.js';

const codesAndPaths = (issues: readonly OrderValidationIssue[]) =>
  issues.map((i) => [i.code, 'path' in i ? i.path.join('.') : i.component]);

describe('validateOrder', () => {
  it('accepts a consistent order and returns its addresses normalised', () => {
    const order = exclusiveOrder();
    order.shippingAddress = {
      name: ' Jeanne  Martin ',
      line1: '10 rue de Rivoli',
      postalCode: '75 001',
      city: 'Paris',
      country: 'FR',
      phone: '06 12 34 56 78',
    };
    const result = validateOrder(order);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.order.shippingAddress).toEqual({
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
      phone: '+33612345678',
    });
    // 50.00 products + 5.00 shipping + 11.00 tax − 2.00 discount (see the fixture).
    expect(result.value.totals.grandTotal).toEqual({ amount: '64.00', currency: 'EUR' });
  });

  it('reports address and totals issues together, with paths inside the order', () => {
    const order = exclusiveOrder();
    (order.shippingAddress as Json).postalCode = '7500';
    (order.totals as Json).paid = { amount: '63.00', currency: 'EUR' };
    const result = validateOrder(order);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesAndPaths(result.error)).toEqual([
      ['address/postcode_invalid', 'shippingAddress.postalCode'],
      ['order/totals_mismatch', 'paid'],
    ]);
  });

  it('checks the billing address too', () => {
    const order = exclusiveOrder();
    order.billingAddress = { name: 'ACME', line1: '1 Main St', city: 'Springfield', country: 'US' };
    const result = validateOrder(order);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => i.code)).toEqual([
      'address/field_required',
      'address/region_required',
    ]);
  });

  it('still checks the addresses of a malformed order, without repeating shape issues', () => {
    const order = exclusiveOrder();
    order.currency = 'EURO';
    (order.shippingAddress as Json).country = 'DE';
    (order.shippingAddress as Json).postalCode = '7500';
    const result = validateOrder(order);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.error.map((i) => i.code);
    expect(codes).toContain('order/schema_invalid');
    expect(codes).toContain('address/postcode_invalid');
    expect(codes).not.toContain('order/totals_mismatch');
  });

  it('answers a non-object with a typed issue', () => {
    for (const input of [null, 42, 'order', []]) {
      const result = validateOrder(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.length).toBeGreaterThan(0);
      for (const issue of result.error) expect(issue.code).toMatch(/^(order|address)\//);
    }
  });

  test.prop([arbitraryOrder()], { numRuns: 300 })('accepts every generated order', (order) => {
    expect(validateOrder(order).ok).toBe(true);
  });

  test.prop([fc.oneof(fc.jsonValue(), fc.anything())], { numRuns: 1000 })(
    'never throws on arbitrary data and returns typed issues',
    (input) => {
      const result = validateOrder(input);
      if (!result.ok) for (const issue of result.error) expect(issue.code).toMatch(/^\w+\/\w+$/);
    },
  );
});

describe('validateOrder: revoked proxies', () => {
  it('returns issues instead of throwing, for the order and for an address', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateOrder(proxy).ok).toBe(false);
    expect(validateOrder({ ...exclusiveOrder(), shippingAddress: proxy }).ok).toBe(false);
  });
});

describe('validateOrder: a billing address equal to the shipping address', () => {
  const withBilling = (order: Json, shipping: unknown, billing: unknown): Json => ({
    ...order,
    shippingAddress: shipping,
    billingAddress: billing,
  });

  test.prop([arbitraryAddress()], { numRuns: 300 })(
    'normalises it as validateAddress does on its own',
    (address) => {
      const order = withBilling(exclusiveOrder(), { ...address }, { ...address });
      const result = validateOrder(order);
      const alone = validateAddress(address, { path: ['billingAddress'] });
      expect(result.ok).toBe(alone.ok);
      if (!result.ok || !alone.ok) return;
      expect(result.value.order.billingAddress).toEqual(alone.value);
      expect(result.value.order.shippingAddress).toEqual(alone.value);
    },
  );

  test.prop([arbitraryBrokenAddress()], { numRuns: 300 })(
    'reports a broken one under both paths, the same issues',
    ({ address }) => {
      const copy = (): unknown =>
        typeof address === 'object' && address !== null ? { ...address } : address;
      const result = validateOrder(withBilling(exclusiveOrder(), copy(), copy()));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const under = (field: string) =>
        codesAndPaths(result.error)
          .filter(([, path]) => String(path).split('.')[0] === field)
          .map(([code, path]) => `${String(code)} ${String(path).split('.').slice(1).join('.')}`)
          .sort();
      expect(under('shippingAddress').length).toBeGreaterThan(0);
      expect(under('billingAddress')).toEqual(under('shippingAddress'));
    },
  );

  it('validates a billing address that differs by one field on its own', () => {
    const shipping = {
      name: 'A B',
      line1: '1 rue X',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
    };
    const result = validateOrder(
      withBilling(exclusiveOrder(), shipping, { ...shipping, postalCode: '7500' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesAndPaths(result.error)).toEqual([
      ['address/postcode_invalid', 'billingAddress.postalCode'],
    ]);
  });
});
