// A small benchmark harness: every case is timed in the same process and run, and reported both
// in absolute terms and as a ratio to a baseline measured alongside it (absolute timings on a
// shared 2-core machine are noisy; ratios measured in one run are what we compare over time).
import { performance } from 'node:perf_hooks';

/** One benchmark case: a name and a function to call repeatedly. */
export interface BenchCase {
  readonly name: string;
  readonly run: () => unknown;
}

/** The measured cost of one case. */
export interface BenchResult {
  readonly name: string;
  /** Median nanoseconds per call over the samples. */
  readonly nsPerOp: number;
  readonly opsPerSecond: number;
}

let sink: unknown;

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink = fn();
  return (performance.now() - start) * 1e6;
}

/**
 * Measures a case: warm up, size a batch to about 50 ms, then take the median of 7 batches.
 */
export function measure(bench: BenchCase): BenchResult {
  let iterations = 1;
  while (timeBatch(bench.run, iterations) < 50e6 && iterations < 1e8) iterations *= 2;
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) samples.push(timeBatch(bench.run, iterations) / iterations);
  samples.sort((a, b) => a - b);
  const nsPerOp = samples[3] ?? Number.NaN;
  return { name: bench.name, nsPerOp, opsPerSecond: 1e9 / nsPerOp };
}

/** Keeps the optimiser from discarding the benchmarked calls. */
export function consumed(): unknown {
  return sink;
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/**
 * Runs a suite and prints a table: time per call, calls per second, and the ratio to the baseline
 * (the suite's first case).
 */
export function runSuite(title: string, cases: readonly BenchCase[]): BenchResult[] {
  const results = cases.map(measure);
  const baseline = results[0];
  console.log(`\n${title}`);
  console.log(
    `${'case'.padEnd(58)}${'time/op'.padStart(12)}${'ops/s'.padStart(14)}${'× baseline'.padStart(12)}`,
  );
  for (const r of results) {
    const ratio = baseline === undefined ? 1 : r.nsPerOp / baseline.nsPerOp;
    console.log(
      `${r.name.padEnd(58)}${formatNs(r.nsPerOp).padStart(12)}${Math.round(r.opsPerSecond).toLocaleString('en-US').padStart(14)}${ratio.toFixed(2).padStart(12)}`,
    );
  }
  return results;
}
