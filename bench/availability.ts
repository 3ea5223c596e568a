// Availability at scale (run from bench/index.ts): recomputeAvailability after a stock change
// touching 1, 10 and 100 SKUs, on catalogues of 10,000 and 100,000 SKUs with 5,000 bundles,
// 3 channels over 5 warehouses. The bundles draw their components from the first 10,000 SKUs
// in both catalogues, so the same touched SKUs reach the same bundles: the 100k/10k ratio
// isolates the catalogue's size, and ≈ 1 shows the cost does not follow it.
import {
  createAvailabilityIndex,
  findAffectedSkus,
  recomputeAvailability,
  validateAvailabilityPolicy,
  validateBundleCatalogue,
  type RecomputeAvailabilityInput,
} from 'ordokit';

/** A small seeded generator (LCG), so every run builds the same data. */
function seeded(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const bundleCount = 5000;
const sharedSkus = 10_000;
const warehouses = ['WH0', 'WH1', 'WH2', 'WH3', 'WH4'];
const skuOf = (i: number) => `SKU-${String(i)}`;

/** The recompute input of one catalogue size, everything built and published once. */
function buildWorld(skuCount: number): {
  readonly input: Omit<RecomputeAvailabilityInput, 'touched'>;
  readonly fullMs: number;
} {
  const rand = seeded(11);
  const definitions = Array.from({ length: bundleCount }, (_, b) => {
    const parts = new Set<number>();
    const size = 2 + rand(3);
    while (parts.size < size) parts.add(rand(sharedSkus));
    return {
      sku: `BUNDLE-${String(b)}`,
      components: [...parts].map((i) => ({ sku: skuOf(i), quantity: 1 + rand(3) })),
    };
  });
  const catalogue = validateBundleCatalogue(definitions);
  const policy = validateAvailabilityPolicy({
    mode: 'cruise',
    channels: {
      amazon: {
        warehouses: ['WH0', 'WH1', 'WH2'],
        cruise: { absolute: 2, percent: 10 },
        peak: { absolute: 5, percent: 20 },
      },
      ebay: {
        warehouses: ['WH3', 'WH4'],
        cruise: { absolute: 1, percent: 5 },
        peak: { absolute: 3, percent: 15 },
      },
      shop: { warehouses, cruise: { absolute: 0, percent: 0 }, peak: { absolute: 1, percent: 5 } },
    },
  });
  if (!catalogue.ok || !policy.ok)
    throw new Error('the availability benchmark inputs must be valid');
  const index = createAvailabilityIndex(catalogue.value);
  const table = new Map(
    warehouses.map((w) => [w, Int32Array.from({ length: skuCount }, () => rand(50))]),
  );
  const stock = {
    available: (w: string, sku: string) => table.get(w)?.[Number(sku.slice(4))] ?? 0,
  };
  // The channels were told everything once: a recompute compares with those figures.
  const published = new Map<string, Map<string, number>>();
  const base = { index, stock, policy: policy.value, published: () => undefined };
  const every = [
    ...Array.from({ length: skuCount }, (_, i) => skuOf(i)),
    ...index.catalogue.definitions.keys(),
  ];
  const started = performance.now();
  const full = recomputeAvailability({ ...base, touched: every });
  const fullMs = performance.now() - started;
  if (!full.ok) throw new Error('the availability benchmark policy must be valid');
  for (const f of full.value) {
    let ofChannel = published.get(f.channel);
    if (ofChannel === undefined) {
      ofChannel = new Map<string, number>();
      published.set(f.channel, ofChannel);
    }
    ofChannel.set(f.sku, f.quantity);
  }
  return {
    input: { ...base, published: (channel, sku) => published.get(channel)?.get(sku) },
    fullMs,
  };
}

let sink: unknown;

/** Nanoseconds per call of `run` over `iterations` calls. */
function timeBatch(run: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink = run();
  return ((performance.now() - start) * 1e6) / iterations;
}

/**
 * Times two cases in alternation (batches of about 20 ms, median of 9 rounds), so that a load
 * change on a shared machine hits both alike and their ratio stays meaningful.
 */
function timeInterleaved(a: () => unknown, b: () => unknown): [number, number] {
  const sized = (run: () => unknown) => {
    let iterations = 1;
    while (timeBatch(run, iterations) * iterations < 20e6 && iterations < 1e7) iterations *= 2;
    return iterations;
  };
  const na = sized(a);
  const nb = sized(b);
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let round = 0; round < 9; round++) {
    samplesA.push(timeBatch(a, na));
    samplesB.push(timeBatch(b, nb));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[4] ?? Number.NaN;
  return [median(samplesA), median(samplesB)];
}

const formatUs = (ns: number) => `${(ns / 1e3).toFixed(1)} µs`;

/** Times incremental recomputes on both catalogue sizes and prints the ratios. */
export function benchAvailability(): void {
  const small = buildWorld(10_000);
  const large = buildWorld(100_000);
  const pick = seeded(23);
  const touchedPool = Array.from({ length: 100 }, () => skuOf(pick(sharedSkus)));
  console.log(
    '\nAvailability: recompute after a stock change; 5,000 bundles (2–4 components), 3 channels × 5 warehouses',
  );
  console.log(
    `${'touched'.padEnd(9)}${'affected'.padStart(9)}${'10k SKUs'.padStart(12)}${'100k SKUs'.padStart(12)}${'100k/10k'.padStart(10)}${'per touched (100k)'.padStart(20)}`,
  );
  // Warm both worlds up, so the first case timed does not pay for compilation.
  for (let i = 0; i < 50; i++) {
    for (const world of [small, large]) {
      recomputeAvailability({ ...world.input, touched: touchedPool });
    }
  }
  for (const n of [1, 10, 100]) {
    const touched = touchedPool.slice(0, n);
    const affected = findAffectedSkus(touched, large.input.index).skus.length;
    const [smallNs, largeNs] = timeInterleaved(
      () => recomputeAvailability({ ...small.input, touched }),
      () => recomputeAvailability({ ...large.input, touched }),
    );
    console.log(
      `${String(n).padEnd(9)}${String(affected).padStart(9)}${formatUs(smallNs).padStart(12)}${formatUs(largeNs).padStart(12)}${(largeNs / smallNs).toFixed(2).padStart(10)}${formatUs(largeNs / n).padStart(20)}`,
    );
  }
  console.log(
    `  for scale, one full recompute (every SKU and bundle): ${small.fullMs.toFixed(0)} ms on 10k SKUs, ${large.fullMs.toFixed(0)} ms on 100k`,
  );
  if (sink === undefined) console.log('(nothing computed)');
}
