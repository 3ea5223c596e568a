import { isOrdokitError } from '../../src/index.js';

/** Runs `fn`, expects it to throw an OrdokitError, and returns its detail. */
export function detailOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    if (isOrdokitError(error)) return error.detail;
    throw error;
  }
  throw new Error('expected an OrdokitError');
}
