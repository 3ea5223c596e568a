import { hashKey } from './_internal/hashKey.js';

/** Options of {@link computeBackoff}: the delays of the policy (`OmsPolicy`). */
export interface ComputeBackoffOptions {
  /** Delay before the second attempt, in milliseconds, before jitter (`backoffBaseMs`). */
  readonly baseMs: number;
  /** Longest delay, in milliseconds (`backoffMaxMs`). */
  readonly maxMs: number;
}

/** 2^32: turns an unsigned 32-bit hash into a fraction of [0, 1). */
const TWO_POW_32 = 0x1_0000_0000;

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * The delay before the next attempt of an outbox message, after `attempt` failed attempts:
 * exponential, capped, with a deterministic jitter.
 *
 * The ceiling is `min(maxMs, baseMs × 2^(attempt − 1))`; the delay is that ceiling times a
 * jitter in [0.5, 1) derived from the FNV-1a hash of `${key}#${attempt}`, rounded down to a
 * whole millisecond. The same key and attempt always give the same delay (replays and tests
 * are reproducible), while different messages failing together spread out instead of
 * retrying in lockstep. While the doubled ceiling stays under `maxMs`, each delay is at least
 * the previous one (strictly longer when `baseMs` is a whole number). Pure: it never reads
 * the clock or draws random numbers.
 *
 * Inputs are taken defensively: `attempt` below 1 counts as 1 and is rounded down; negative,
 * NaN or infinite delays count as 0.
 *
 * @param key - the message's idempotency key
 * @param attempt - failed attempts so far (1 after the first failure)
 * @param options - the base and longest delays, in milliseconds
 * @returns the delay in whole milliseconds, in [⌊ceiling / 2⌋, ceiling), or 0 when a delay is 0
 * @example
 * ```ts
 * const options = { baseMs: 30_000, maxMs: 3_600_000 };
 * computeBackoff('ord-1:wms.prepare:wms:2', 1, options); // between 15 000 and 29 999
 * computeBackoff('ord-1:wms.prepare:wms:2', 3, options); // between 60 000 and 119 999
 * computeBackoff('ord-1:wms.prepare:wms:2', 30, options); // between 1 800 000 and 3 599 999
 * ```
 */
export function computeBackoff(
  key: string,
  attempt: number,
  options: ComputeBackoffOptions,
): number {
  const n = Number.isFinite(attempt) && attempt > 1 ? Math.floor(attempt) : 1;
  const baseMs = nonNegative(options.baseMs);
  const maxMs = nonNegative(options.maxMs);
  if (baseMs === 0 || maxMs === 0) return 0;
  // 2^(n − 1) overflows to Infinity for huge n; the cap keeps the ceiling finite.
  const ceiling = Math.min(maxMs, baseMs * 2 ** (n - 1));
  const jitter = 0.5 + hashKey(`${key}#${String(n)}`) / (2 * TWO_POW_32);
  return Math.floor(ceiling * jitter);
}
