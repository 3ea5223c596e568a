import fc from 'fast-check';
import {
  getCurrency,
  type CurrencyCode,
  type MoneyJson,
  type RoundingMode,
} from '../money/index.js';
import type { LineQuantities, Order, OrderLine, Parcel, TaxRounding } from '../order/index.js';
import { arbitraryAddress } from './address.js';
import { arbitraryCurrencyCode } from './money.js';
import { rateKey, rawTaxUnits, roundUnits, unitsToAmount } from './orderAmounts.js';

/** Options of {@link arbitraryOrder}. */
export interface ArbitraryOrderOptions {
  /** The order's currency (default: any ISO 4217 code, so 0 to 4 decimals). */
  readonly currency?: CurrencyCode;
  /** How many lines (default 1 to 5; at most 1000). */
  readonly lines?: { readonly min: number; readonly max: number };
  /** Whether prices include tax (default: either). */
  readonly pricesIncludeTax?: boolean;
  /** How taxes are rounded (default: either). */
  readonly taxRounding?: TaxRounding;
  /** Rounding mode of taxes computed from rates (default `'half_even'`, as `validateTotals`). */
  readonly rounding?: RoundingMode;
}

const rates = ['0', '0.021', '0.055', '0.07', '0.1', '0.10', '0.19', '0.2', '0.20', '0.21', '0.25'];

interface LineDraft {
  readonly quantities: LineQuantities;
  readonly unitUnits: bigint;
  readonly priceForm: 'unit' | 'total' | 'both';
  readonly taxForm: 'amount' | 'rate' | 'both';
  readonly rate: string;
  readonly discountShare: number;
  readonly components: OrderLine['components'];
  readonly sku: string;
}

const quantities: fc.Arbitrary<LineQuantities> = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.array(fc.nat(1000), { minLength: 6, maxLength: 6 }))
  .map(([ordered, [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0]]) => {
    const cancelled = a % (ordered + 1);
    const allocated = b % (ordered - cancelled + 1);
    const shipped = c % (allocated + 1);
    const delivered = d % (shipped + 1);
    const returned = e % (delivered + 1);
    const refunded = f % (cancelled + returned + 1);
    return { ordered, cancelled, allocated, shipped, delivered, returned, refunded };
  });

const sku = fc.stringMatching(/^[A-Z]{2,4}-[0-9]{2,5}$/);

function lineDraft(minorUnits: number): fc.Arbitrary<LineDraft> {
  return fc.record({
    quantities,
    unitUnits: fc.bigInt({ min: 0n, max: 2000n * 10n ** BigInt(minorUnits) }),
    priceForm: fc.constantFrom('unit', 'total', 'both'),
    taxForm: fc.constantFrom('amount', 'rate', 'both'),
    rate: fc.constantFrom(...rates),
    discountShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 })),
    components: fc.option(
      fc.array(fc.record({ sku, quantity: fc.integer({ min: 1, max: 4 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      { nil: undefined },
    ),
    sku,
  });
}

interface Draft {
  readonly lines: readonly LineDraft[];
  readonly pricesIncludeTax: boolean;
  readonly taxRounding: TaxRounding;
  readonly shippingUnits: bigint;
  readonly shippingTaxRate: string | undefined;
  readonly extraDiscountShare: number;
  readonly header: Pick<
    Order,
    'orderId' | 'tenantId' | 'channelRef' | 'placedAt' | 'buyer' | 'shippingAddress'
  > &
    Partial<Pick<Order, 'billingAddress' | 'tags'>>;
  readonly withParcel: boolean;
}

const channelRef: fc.Arbitrary<Order['channelRef']> = fc
  .tuple(
    fc.constantFrom('amazon', 'cdiscount', 'manomano', 'fnac', 'backmarket'),
    fc.stringMatching(/^[0-9]{3}-[0-9]{7}-[0-9]{7}$/),
    fc.option(fc.constantFrom('fr', 'de', 'es', 'it'), { nil: undefined }),
    fc.option(fc.constantFrom('lengow', 'shoppingfeed'), { nil: undefined }),
  )
  .map(([channel, channelOrderRef, site, via]) => ({
    channel,
    channelOrderRef,
    ...(site === undefined ? {} : { marketplace: `${channel}.${site}` }),
    ...(via === undefined ? {} : { via }),
  }));

const header: fc.Arbitrary<Draft['header']> = fc.record(
  {
    orderId: fc.stringMatching(/^ord_[0-9a-z]{8}$/),
    tenantId: fc.constantFrom('tenant-a', 'tenant-b'),
    channelRef,
    placedAt: fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => d.toISOString()),
    buyer: fc.record(
      {
        name: fc.constantFrom('Jeanne Martin', 'Zoë Müller', 'Seán O’Brien'),
        email: fc.constantFrom('buyer@marketplace.example', 'a1b2@relay.example.fr'),
        customerRef: fc.stringMatching(/^C[0-9]{6}$/),
        isBusiness: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    shippingAddress: arbitraryAddress(),
    billingAddress: arbitraryAddress(),
    tags: fc.uniqueArray(fc.constantFrom('gift', 'vip', 'express'), { maxLength: 2 }),
  },
  { requiredKeys: ['orderId', 'tenantId', 'channelRef', 'placedAt', 'buyer', 'shippingAddress'] },
);

const money = (units: bigint, currency: CurrencyCode, minorUnits: number): MoneyJson => ({
  amount: unitsToAmount(units, minorUnits),
  currency,
});

/** Builds the order from a draft, computing every total exactly (see `orderAmounts.ts`). */
function buildOrder(draft: Draft, currency: CurrencyCode, minorUnits: number, mode: RoundingMode) {
  const m = (units: bigint): MoneyJson => money(units, currency, minorUnits);
  let products = 0n;
  let lineDiscounts = 0n;
  let givenTax = 0n;
  // Tax bases of the lines that give a rate but no tax amount, by rate.
  const rateOnly = new Map<string, { readonly rate: string; readonly bases: bigint[] }>();
  const taxUnits = (baseUnits: bigint, rate: string): bigint =>
    roundUnits(rawTaxUnits(baseUnits, rate, draft.pricesIncludeTax), mode);
  const lines = draft.lines.map((d, index): OrderLine => {
    const totalUnits = d.unitUnits * BigInt(d.quantities.ordered);
    const discountUnits = (totalUnits * BigInt(d.discountShare)) / 100n;
    const baseUnits = totalUnits - discountUnits;
    products += totalUnits;
    lineDiscounts += discountUnits;
    if (d.taxForm === 'rate') {
      const key = rateKey(d.rate);
      const group = rateOnly.get(key) ?? { rate: d.rate, bases: [] };
      group.bases.push(baseUnits);
      rateOnly.set(key, group);
    } else givenTax += taxUnits(baseUnits, d.rate);
    return {
      lineId: `L${String(index + 1)}`,
      sku: d.sku,
      title: `Article ${d.sku}`,
      quantities: d.quantities,
      ...(d.priceForm === 'total' ? {} : { unitPrice: m(d.unitUnits) }),
      ...(d.priceForm === 'unit' ? {} : { lineTotal: m(totalUnits) }),
      ...(d.taxForm === 'rate' ? {} : { tax: m(taxUnits(baseUnits, d.rate)) }),
      ...(d.taxForm === 'amount' ? {} : { taxRate: d.rate }),
      ...(discountUnits === 0n ? {} : { discount: m(discountUnits) }),
      ...(d.components === undefined ? {} : { components: d.components }),
    };
  });
  // Per line: each line's tax rounded; per order: each rate's tax computed on the summed
  // bases, rounded once.
  const rateTaxes = [...rateOnly.values()].map(({ rate, bases }) =>
    draft.taxRounding === 'line'
      ? bases.reduce((sum, base) => sum + taxUnits(base, rate), 0n)
      : taxUnits(
          bases.reduce((a, b) => a + b, 0n),
          rate,
        ),
  );
  const shippingTax =
    draft.shippingTaxRate === undefined
      ? undefined
      : taxUnits(draft.shippingUnits, draft.shippingTaxRate);
  const tax = rateTaxes.reduce((a, b) => a + b, givenTax) + (shippingTax ?? 0n);
  const discount =
    lineDiscounts + ((products - lineDiscounts) * BigInt(draft.extraDiscountShare)) / 200n;
  const beforeTax = products + draft.shippingUnits - discount;
  const grandTotal = draft.pricesIncludeTax ? beforeTax : beforeTax + tax;
  const shipped = lines.filter((l) => l.quantities.shipped > 0);
  const parcel: Parcel = {
    parcelId: `${draft.header.orderId}-P1`,
    lines: shipped.map((l) => ({ lineId: l.lineId, quantity: l.quantities.shipped })),
  };
  const order: Order = {
    ...draft.header,
    currency,
    lines,
    totals: {
      pricesIncludeTax: draft.pricesIncludeTax,
      taxRounding: draft.taxRounding,
      products: m(products),
      shipping: m(draft.shippingUnits),
      ...(shippingTax === undefined ? {} : { shippingTax: m(shippingTax) }),
      tax: m(tax),
      discount: m(discount),
      grandTotal: m(grandTotal),
      paid: m(grandTotal),
    },
    ...(draft.withParcel && shipped.length > 0 ? { parcels: [parcel] } : {}),
  };
  return order;
}

/**
 * A fast-check arbitrary of valid canonical orders whose totals add up exactly, for property
 * suites: every order passes `parseOrder` and `validateTotals` (with the same `rounding`).
 *
 * Lines mix the price forms (unit price, line total, both), the tax forms (amount, rate, both:
 * every line carries tax data, so the tax equation is always checked), rates with different
 * spellings (`'0.1'`, `'0.10'`), line discounts and bundles; quantities are consistent
 * (`cancelled ≤ ordered`, `shipped ≤ allocated`…). Totals are computed in bigint minor units,
 * apart from `validateTotals` (its internals are not used): taxes from rates are rounded per line,
 * or once per rate on the rate's summed bases, as `taxRounding` says.
 *
 * @param options - currency, number of lines, tax mode, tax rounding and rounding mode
 * @returns an arbitrary of `Order`
 * @throws RangeError when `options.lines` is not 1 ≤ min ≤ max ≤ 1000
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryOrder({ currency: 'EUR' }), (order) => validateTotals(order).ok));
 * ```
 */
export function arbitraryOrder(options: ArbitraryOrderOptions = {}): fc.Arbitrary<Order> {
  const { min = 1, max = 5 } = options.lines ?? {};
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && min <= max && max <= 1000)) {
    throw new RangeError('arbitraryOrder: lines must satisfy 1 ≤ min ≤ max ≤ 1000');
  }
  const mode = options.rounding ?? 'half_even';
  const currencies =
    options.currency === undefined ? arbitraryCurrencyCode() : fc.constant(options.currency);
  return currencies.chain((currency) => {
    const minorUnits = getCurrency(currency)?.minorUnits ?? 2;
    const draft: fc.Arbitrary<Draft> = fc.record({
      lines: fc.array(lineDraft(minorUnits), { minLength: min, maxLength: max }),
      pricesIncludeTax:
        options.pricesIncludeTax === undefined
          ? fc.boolean()
          : fc.constant(options.pricesIncludeTax),
      taxRounding:
        options.taxRounding === undefined
          ? fc.constantFrom<TaxRounding>('line', 'order')
          : fc.constant(options.taxRounding),
      shippingUnits: fc.bigInt({ min: 0n, max: 50n * 10n ** BigInt(minorUnits) }),
      shippingTaxRate: fc.option(fc.constantFrom(...rates), { nil: undefined }),
      extraDiscountShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
      header,
      withParcel: fc.boolean(),
    });
    return draft.map((d) => buildOrder(d, currency, minorUnits, mode));
  });
}
