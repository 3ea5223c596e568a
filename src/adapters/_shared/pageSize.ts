const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * The page size an `OrderQuery` asks for, clamped to 1..1000 (100 when absent or not a
 * number), as every adapter reads `limit`.
 *
 * @param limit - `OrderQuery.limit`
 * @returns a whole number from 1 to 1000
 */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
