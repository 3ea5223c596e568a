import {
  apply,
  decide,
  type Actor,
  type Order,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from '../../src/index.js';
import { fresh } from './_fixtures.js';

/** Amount in euros, as MoneyJson. */
export const eur = (amount: string) => ({ amount, currency: 'EUR' }) as const;

export const wms: Actor = { kind: 'wms', id: 'wms-1' };
export const operator: Actor = { kind: 'user', id: 'u-42' };
export const channel: Actor = { kind: 'channel', id: 'amazon' };
export const carrier: Actor = { kind: 'carrier', id: 'colissimo' };
export const rule: Actor = { kind: 'rule', id: 'auto-accept' };

export const at = '2025-03-01T10:00:00Z';

/**
 * A tax-inclusive 3-line order, computed by hand:
 * - L1: 2 × 10.00 = 20.00; L2: 1 × 30.00 = 30.00; L3: 3 × 5.00 = 15.00, discount 5.00
 * - products 65.00, shipping 5.00, discount 5.00 → grand total = paid = 65.00
 * - tax (included) 10.00 + shipping tax 0.83: informative only
 */
export function threeLineOrder(): Order {
  return {
    orderId: 'ord_0001',
    tenantId: 'tenant-a',
    channelRef: { channel: 'amazon', channelOrderRef: '405-1234567-1234567' },
    placedAt: '2025-03-01T09:30:00+01:00',
    currency: 'EUR',
    buyer: { name: 'Jeanne Martin' },
    shippingAddress: {
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
    },
    lines: [
      {
        lineId: 'L1',
        sku: 'MUG-RED',
        title: 'Red mug',
        quantities: fresh(2),
        unitPrice: eur('10.00'),
        lineTotal: eur('20.00'),
        tax: eur('3.33'),
      },
      {
        lineId: 'L2',
        sku: 'TEA-50',
        title: 'Green tea',
        quantities: fresh(1),
        unitPrice: eur('30.00'),
        lineTotal: eur('30.00'),
        tax: eur('5.00'),
      },
      {
        lineId: 'L3',
        sku: 'SPOON',
        title: 'Spoon',
        quantities: fresh(3),
        unitPrice: eur('5.00'),
        lineTotal: eur('15.00'),
        tax: eur('1.67'),
        discount: eur('5.00'),
      },
    ],
    totals: {
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('65.00'),
      shipping: eur('5.00'),
      shippingTax: eur('0.83'),
      tax: eur('10.83'),
      discount: eur('5.00'),
      grandTotal: eur('65.00'),
      paid: eur('65.00'),
    },
  };
}

/** Decides and applies, failing loudly: for building states in tests. */
export function run(
  state: OrderState | undefined,
  command: OrderCommand,
): { state: OrderState; events: readonly OrderEvent[] } {
  const decided = decide(state, command);
  if (!decided.ok) throw new Error(`${command.type} refused: ${JSON.stringify(decided.error)}`);
  return {
    state: decided.value.reduce<OrderState | undefined>(apply, state) as OrderState,
    events: decided.value,
  };
}

/** Runs commands in turn; returns the final state and every event. */
export function runAll(commands: readonly OrderCommand[], from?: OrderState) {
  let state = from;
  const events: OrderEvent[] = [];
  for (const command of commands) {
    const step = run(state, command);
    state = step.state;
    events.push(...step.events);
  }
  return { state: state as OrderState, events };
}

/** The eight commands of a full 3-line lifecycle, capture to close. */
export function fullLifecycle(order: Order = threeLineOrder()): OrderCommand[] {
  const all = order.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered }));
  return [
    { type: 'capture', at, actor: channel, order, needsAcceptance: true },
    { type: 'accept', at, actor: rule },
    { type: 'startPreparation', at, actor: wms, warehouseId: 'WH1' },
    {
      type: 'allocateLines',
      at,
      actor: wms,
      lines: all.map((l) => ({ ...l, warehouseId: 'WH1' })),
    },
    { type: 'createParcel', at, actor: wms, parcelId: 'P1', lines: all },
    {
      type: 'shipParcel',
      at,
      actor: wms,
      parcelId: 'P1',
      carrier: { code: 'colissimo', service: 'DOM' },
      tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
    },
    { type: 'deliverParcel', at, actor: carrier, parcelId: 'P1' },
    { type: 'close', at, actor: rule },
  ];
}
