import type { LineReallocation } from '../../eventFields.js';

/** Whether two reallocations move units between the same two warehouses, the same way. */
export function isSameMove(a: LineReallocation, b: LineReallocation): boolean {
  return a.fromWarehouseId === b.fromWarehouseId && a.toWarehouseId === b.toWarehouseId;
}
