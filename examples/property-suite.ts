// Using ordokit's arbitraries in your own property-based tests. Plain fast-check here; with
// vitest, `test.prop([...])` from @fast-check/vitest takes the same arbitraries.
import fc from 'fast-check';
import { allocateMoney, equalsMoney, sumMoney, validateAddress, validateOrder } from 'ordokit';
import {
  arbitraryAddress,
  arbitraryBrokenAddress,
  arbitraryMoney,
  arbitraryOrder,
} from 'ordokit/testing';

// Your code under test: say, a refund splitter built on allocateMoney.
function splitRefund(total: Parameters<typeof allocateMoney>[0], lines: number) {
  return allocateMoney(
    total,
    Array.from({ length: lines }, () => 1),
  );
}

// 1. A law of your own code, over generated money in any ISO currency.
fc.assert(
  fc.property(arbitraryMoney(), fc.integer({ min: 1, max: 20 }), (total, lines) => {
    const parts = splitRefund(total, lines);
    return parts.length === lines && equalsMoney(sumMoney(parts, total.currency), total);
  }),
  { numRuns: 200 },
);

// 2. Valid addresses for the countries you ship to are accepted…
fc.assert(
  fc.property(arbitraryAddress({ countries: ['FR', 'BE', 'DE'] }), (address) => {
    return validateAddress(address).ok;
  }),
  { numRuns: 200 },
);

// …and an address broken in one named way is rejected with exactly that issue code.
fc.assert(
  fc.property(arbitraryBrokenAddress({ countries: ['FR', 'ES'] }), ({ address, expected }) => {
    const result = validateAddress(address);
    return !result.ok && result.error.some((issue) => issue.code === expected);
  }),
  { numRuns: 200 },
);

// 3. Whole orders with consistent totals, e.g. to feed your channel mapper or your store.
fc.assert(
  fc.property(arbitraryOrder({ currency: 'EUR', lines: { min: 1, max: 4 } }), (order) => {
    return validateOrder(order).ok;
  }),
  { numRuns: 100 },
);

console.log('all properties hold');
