import { expect } from 'vitest';
import {
  validateTotals,
  type LineQuantities,
  type OrderIssue,
  type OrderTotalsMismatch,
  type ValidateTotalsOptions,
} from '../../src/index.js';

/** Amount in euros, as MoneyJson. */
export const eur = (amount: string) => ({ amount, currency: 'EUR' }) as const;

/** Quantities of a line just captured: `ordered` units, nothing else yet. */
export function fresh(ordered: number): LineQuantities {
  return {
    ordered,
    cancelled: 0,
    allocated: 0,
    shipped: 0,
    delivered: 0,
    returned: 0,
    refunded: 0,
  };
}

/** A JSON-like value whose properties the tests change freely. */
export type Json = Record<string, unknown>;

const header = {
  orderId: 'ord_0001',
  tenantId: 'tenant-a',
  channelRef: {
    channel: 'amazon',
    channelOrderRef: '405-1234567-1234567',
    marketplace: 'amazon.fr',
  },
  placedAt: '2025-03-01T09:30:00+01:00',
  currency: 'EUR',
  buyer: { name: 'Jeanne Martin', email: 'jeanne@marketplace.example' },
  shippingAddress: {
    name: 'Jeanne Martin',
    line1: '10 rue de Rivoli',
    postalCode: '75001',
    city: 'Paris',
    country: 'FR',
  },
};

/**
 * A tax-exclusive order, computed by hand:
 * - L1: 2 × 10.00 = 20.00 at 20 % → tax 4.00 (from the rate)
 * - L2: line total 30.00, tax 6.00 given
 * - products 50.00, shipping 5.00 with shipping tax 1.00, discount 2.00
 * - tax = 4.00 + 6.00 + 1.00 = 11.00; grand total = 50 + 5 + 11 − 2 = 64.00 = paid
 */
export function exclusiveOrder(): Json {
  return structuredClone({
    ...header,
    lines: [
      {
        lineId: 'L1',
        sku: 'MUG-RED',
        title: 'Red mug',
        quantities: fresh(2),
        unitPrice: eur('10.00'),
        lineTotal: eur('20.00'),
        taxRate: '0.2',
      },
      {
        lineId: 'L2',
        sku: 'TEA-50',
        title: 'Green tea',
        quantities: fresh(1),
        lineTotal: eur('30.00'),
        tax: eur('6.00'),
      },
    ],
    totals: {
      pricesIncludeTax: false,
      taxRounding: 'line',
      products: eur('50.00'),
      shipping: eur('5.00'),
      shippingTax: eur('1.00'),
      tax: eur('11.00'),
      discount: eur('2.00'),
      grandTotal: eur('64.00'),
      paid: eur('64.00'),
    },
  });
}

/**
 * A tax-inclusive order, computed by hand:
 * - L1: 2 × 12.00 = 24.00 TTC at 20 % → tax 24 × 0.2 / 1.2 = 4.00
 * - L2: 11.00 TTC at 10 % → tax 11 × 0.1 / 1.1 = 1.00
 * - shipping 6.00 TTC with shipping tax 1.00, no discount
 * - tax = 4 + 1 + 1 = 6.00 (included); grand total = 24 + 11 + 6 − 0 = 41.00 = paid
 */
export function inclusiveOrder(): Json {
  return structuredClone({
    ...header,
    lines: [
      {
        lineId: 'L1',
        sku: 'MUG-RED',
        title: 'Red mug',
        quantities: fresh(2),
        unitPrice: eur('12.00'),
        taxRate: '0.2',
      },
      {
        lineId: 'L2',
        sku: 'BOOK-1',
        title: 'A book',
        quantities: fresh(1),
        lineTotal: eur('11.00'),
        taxRate: '0.1',
      },
    ],
    totals: {
      pricesIncludeTax: true,
      taxRounding: 'order',
      products: eur('35.00'),
      shipping: eur('6.00'),
      shippingTax: eur('1.00'),
      tax: eur('6.00'),
      discount: eur('0.00'),
      grandTotal: eur('41.00'),
      paid: eur('41.00'),
    },
  });
}

/** Reads a nested property of a JSON-like fixture (for tests that change one field). */
export function at(value: Json, ...path: (string | number)[]): Json {
  let current: unknown = value;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current as Json;
}

/** The issues `validateTotals` returns for an order (none when it passes). */
export function totalsIssues(order: unknown, options?: ValidateTotalsOptions): OrderIssue[] {
  const result = validateTotals(order, options);
  return result.ok ? [] : [...result.error];
}

/** The one issue `validateTotals` returns for an order, which must be a totals mismatch. */
export function onlyMismatch(order: unknown, options?: ValidateTotalsOptions): OrderTotalsMismatch {
  const issues = totalsIssues(order, options);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue?.code).toBe('order/totals_mismatch');
  return issue as OrderTotalsMismatch;
}
