import type { HoldReason } from './eventFields.js';

/**
 * The operator's queues for held orders (DESIGN.md glossary):
 * - `to_verify` (à vérifier): something looks wrong; a person must check and decide;
 * - `to_complete` (à compléter): information is missing; someone must supply it;
 * - `to_retry` (à réessayer): a partner system failed, or stock is awaited (`backorder`); once
 *   the cause is fixed or the stock is in, release to retry.
 */
export type HoldCategory = 'to_verify' | 'to_complete' | 'to_retry';

const categories: Readonly<Record<HoldReason, HoldCategory>> = {
  address_incomplete: 'to_complete',
  phone_missing: 'to_complete',
  address_invalid: 'to_verify',
  totals_mismatch: 'to_verify',
  stock_discrepancy: 'to_verify',
  high_value_needs_approval: 'to_verify',
  suspected_fraud: 'to_verify',
  channel_conflict: 'to_verify',
  manual: 'to_verify',
  label_refused: 'to_retry',
  carrier_error: 'to_retry',
  effect_failed: 'to_retry',
  backorder: 'to_retry',
};

/**
 * The operator queue a hold reason belongs to.
 *
 * @param reason - the hold's reason code
 * @returns `to_verify`, `to_complete` or `to_retry`
 * @example
 * ```ts
 * categorizeHold('phone_missing'); // 'to_complete'
 * categorizeHold('effect_failed'); // 'to_retry'
 * ```
 */
export function categorizeHold(reason: HoldReason): HoldCategory {
  return categories[reason];
}
