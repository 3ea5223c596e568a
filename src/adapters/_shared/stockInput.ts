import type { PublishedAvailability, StockAppendBatch } from '../../ports/index.js';

/**
 * The identity of a level (JSON text of the pair: no separator can collide).
 *
 * @param warehouseId - the warehouse
 * @param sku - the SKU
 * @returns a map key
 */
export const levelIdOf = (warehouseId: string, sku: string): string =>
  JSON.stringify([warehouseId, sku]);

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/**
 * Checks that a batch is shaped as `StockStore.append` documents it. A malformed batch is a
 * bug of the caller (the engine builds batches from `decideStock` and `applyStock`), not a
 * conflict: every adapter refuses it the same way, before reading or writing anything.
 *
 * The rules: at least one event; each expected version a whole number ≥ 0, one per level;
 * every event, level and reservation on an expected level; each level and reservation once;
 * figures and quantities whole numbers ≥ 0.
 *
 * @param batch - the batch given to `append`
 * @param origin - the adapter, first word of the error message (`'ordokit/memory'`)
 * @throws RangeError naming the first rule the batch breaks
 */
export function checkStockBatch(batch: StockAppendBatch, origin: string): void {
  const fail = (rule: string): never => {
    throw new RangeError(`${origin}: stock append (tenant ${batch.tenantId}): ${rule}`);
  };
  if (batch.events.length === 0) fail('a batch has at least one event');
  const expected = new Set<string>();
  for (const e of batch.expected) {
    const id = levelIdOf(e.warehouseId, e.sku);
    if (!isCount(e.version)) fail(`the expected version of ${id} is not a whole number ≥ 0`);
    if (expected.has(id)) fail(`${id} is expected twice`);
    expected.add(id);
  }
  const onExpected = (what: string, warehouseId: string, sku: string) => {
    const id = levelIdOf(warehouseId, sku);
    if (!expected.has(id)) fail(`${what} is on ${id}, which has no expected version`);
    return id;
  };
  batch.events.forEach((event, i) => {
    onExpected(`event ${String(i)}`, event.data.warehouseId, event.data.sku);
  });
  const levels = new Set<string>();
  for (const level of batch.levels) {
    const id = onExpected('a level', level.warehouseId, level.sku);
    if (levels.has(id)) fail(`the level ${id} is written twice`);
    levels.add(id);
    if (![level.onHand, level.reserved, level.safety].every(isCount)) {
      fail(`the level ${id} has a figure that is not a whole number ≥ 0`);
    }
  }
  const reservations = new Set<string>();
  for (const r of batch.reservations) {
    onExpected(`the reservation of line ${r.lineId}`, r.warehouseId, r.sku);
    const id = JSON.stringify([r.orderId, r.lineId, r.warehouseId, r.sku]);
    if (reservations.has(id)) fail(`the reservation ${id} is written twice`);
    reservations.add(id);
    if (!isCount(r.quantity)) fail(`the reservation ${id} has a quantity that is not ≥ 0`);
  }
}

/**
 * Checks the arguments of `StockStore.savePublished`: seqs are whole numbers ≥ 0, `toSeq` is
 * not before `fromSeq`, each channel and SKU is published once with a whole number ≥ 0.
 *
 * @param fromSeq - the checkpoint the save expects
 * @param toSeq - the checkpoint it moves to
 * @param figures - what was published
 * @param origin - the adapter, first word of the error message
 * @throws RangeError naming the first rule broken (a programmer error)
 */
export function checkPublished(
  fromSeq: number,
  toSeq: number,
  figures: readonly PublishedAvailability[],
  origin: string,
): void {
  const fail = (rule: string): never => {
    throw new RangeError(`${origin}: savePublished: ${rule}`);
  };
  if (!isCount(fromSeq) || !isCount(toSeq)) fail('fromSeq and toSeq are whole numbers ≥ 0');
  if (toSeq < fromSeq) fail(`toSeq ${String(toSeq)} is before fromSeq ${String(fromSeq)}`);
  const seen = new Set<string>();
  for (const f of figures) {
    const id = JSON.stringify([f.channel, f.sku]);
    if (seen.has(id)) fail(`${id} is published twice`);
    seen.add(id);
    if (!isCount(f.quantity)) fail(`the quantity of ${id} is not a whole number ≥ 0`);
  }
}

/**
 * Checks `afterSeq` of `StockStore.loadEvents` and reads its `limit` as `Outbox.claimDue`
 * reads one: whole numbers, nothing for 0, NaN or less, everything for `Infinity`.
 *
 * @param afterSeq - the seq to read after
 * @param limit - the most events wanted
 * @param origin - the adapter, first word of the error message
 * @returns the number of events to return at most
 * @throws RangeError when `afterSeq` is not a whole number ≥ 0 (a programmer error)
 */
export function readEventWindow(afterSeq: number, limit: number, origin: string): number {
  if (!isCount(afterSeq)) {
    throw new RangeError(`${origin}: loadEvents: afterSeq is not a whole number ≥ 0`);
  }
  return Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
}
