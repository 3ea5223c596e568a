// The choices a generated history is made of, and the envelope of a proposed command.
import type { OrderCommand } from '../order/index.js';

/** A source of choices: `pick(n)` is an integer from 0 to n − 1. */
export interface Draw {
  readonly pick: (n: number) => number;
}

/** The envelope of a proposed command: when and by whom. */
export type Base = Pick<OrderCommand, 'at' | 'actor'>;

/**
 * A small deterministic generator (mulberry32) seeded by one drawn natural: each step of a
 * history takes one choice, so a history has as many steps as choices and shrinks with them.
 */
export function drawFrom(seed: number): Draw {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { pick: (n) => (n <= 1 ? 0 : Math.floor(next() * n)) };
}
