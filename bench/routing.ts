// Routing at scale (run from bench/index.ts): routeBatch of 10,000 orders across 20 warehouses
// and 5,000 SKUs, seeded data, against the target of < 1 s.
import { routeBatch, type RoutingOrder, type Warehouse } from 'ordokit';

/** A small seeded generator (LCG), so every run routes the same data. */
function seeded(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Routes 10,000 seeded orders and prints the time against the 1 s target. */
export function benchRouting(): void {
  const rand = seeded(7);
  const countries = ['FR', 'BE', 'DE', 'ES', 'IT'];
  const warehouses: Warehouse[] = Array.from({ length: 20 }, (_, i) => ({
    warehouseId: `WH${String(i).padStart(2, '0')}`,
    enabled: i !== 19,
    countries: i % 4 === 0 ? '*' : countries.filter(() => rand(2) === 0),
    capabilities: i % 5 === 0 ? ['hazmat'] : [],
    priority: rand(4),
    costPerParcel: { amount: `${String(3 + rand(5))}.${String(rand(90) + 10)}`, currency: 'EUR' },
  }));
  const skuCount = 5000;
  const table = new Map<string, Int32Array>();
  for (const w of warehouses) {
    table.set(
      w.warehouseId,
      Int32Array.from({ length: skuCount }, () => rand(12)),
    );
  }
  const stock = {
    available: (w: string, sku: string) => table.get(w)?.[Number(sku.slice(4))] ?? 0,
  };
  const skuCapabilities: Record<string, string[]> = {};
  for (let i = 0; i < skuCount; i += 97) skuCapabilities[`SKU-${String(i)}`] = ['hazmat'];
  const orders: RoutingOrder[] = Array.from({ length: 10_000 }, () => ({
    shippingAddress: { country: countries[rand(countries.length)] ?? 'FR' },
    totals: { grandTotal: { amount: `${String(rand(200))}.00`, currency: 'EUR' } },
    lines: Array.from({ length: 1 + rand(4) }, (_, j) => ({
      lineId: `L${String(j)}`,
      sku: `SKU-${String(rand(skuCount))}`,
      quantities: { ordered: 1 + rand(3), cancelled: 0, allocated: 0 },
    })),
  }));
  const started = performance.now();
  const plans = routeBatch(orders, warehouses, stock, {
    split: { minOrderValue: { amount: '50.00', currency: 'EUR' } },
    maxParcels: 3,
    backorder: 'hold_missing_lines',
    skuCapabilities,
  });
  const ms = performance.now() - started;
  if (!plans.ok) throw new Error('the routing benchmark inputs must be valid');
  const parcels = plans.value.reduce((n, p) => n + p.allocations.length, 0);
  const waiting = plans.value.reduce((n, p) => n + p.backorders.length, 0);
  console.log('\nRouting: routeBatch of 10,000 orders × 20 warehouses × 5,000 SKUs (seeded)');
  console.log(
    `  ${ms.toFixed(0)} ms (${String(parcels)} parcels, ${String(waiting)} back-ordered lines); target < 1 s ${ms < 1000 ? '✔' : '✘'}`,
  );
}
