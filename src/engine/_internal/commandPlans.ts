import type { LineAllocation, OrderState } from '../../order/index.js';
import type { RecordParcelInput, UpdateTrackingInput } from '../oms.js';
import type { EngineContext, PlannedCommand } from './context.js';
import { describeParcelIncident, isParcelIncident, nextActionFor } from './holdTexts.js';

/** The warehouse of an allocation when neither the parcel nor the order names one. */
const defaultWarehouseId = 'default';

/** Units of each line already packed in a parcel. */
export function packedByLine(state: OrderState): Map<string, number> {
  const packed = new Map<string, number>();
  for (const parcel of Object.values(state.parcels)) {
    for (const l of parcel.lines) packed.set(l.lineId, (packed.get(l.lineId) ?? 0) + l.quantity);
  }
  return packed;
}

/**
 * `recordParcel`: allocates the parcel's units that are not allocated yet (allocated units not
 * in a parcel are used first), then creates the parcel, in one batch.
 */
export function planRecordParcel(
  state: OrderState,
  parcelId: string,
  input: RecordParcelInput,
): PlannedCommand[] {
  const warehouseId = input.warehouseId ?? state.warehouseId;
  const packed = packedByLine(state);
  const asked = new Map<string, number>();
  for (const l of input.lines) asked.set(l.lineId, (asked.get(l.lineId) ?? 0) + l.quantity);
  const allocations: LineAllocation[] = [];
  for (const [lineId, quantity] of asked) {
    const line = state.order.lines.find((l) => l.lineId === lineId);
    // Unknown lines and bad quantities are left to createParcel, which names the error.
    if (line === undefined || !Number.isSafeInteger(quantity) || quantity < 1) continue;
    const free = line.quantities.allocated - (packed.get(lineId) ?? 0);
    const missing = quantity - Math.max(0, free);
    if (missing > 0) {
      allocations.push({
        lineId,
        quantity: missing,
        warehouseId: warehouseId ?? defaultWarehouseId,
      });
    }
  }
  const { carrier } = input;
  const create: PlannedCommand = {
    type: 'createParcel',
    parcelId,
    lines: [...input.lines],
    ...(warehouseId === undefined ? {} : { warehouseId }),
    ...(carrier === undefined ? {} : { carrier }),
  };
  return allocations.length === 0
    ? [create]
    : [{ type: 'allocateLines', lines: allocations }, create];
}

/**
 * `updateTracking`: the carrier's status; a parcel lost, damaged or returned to sender also
 * puts the order on hold `carrier_error`, so that it never waits unexplained.
 */
export function planUpdateTracking(
  ctx: EngineContext,
  input: UpdateTrackingInput,
): PlannedCommand[] {
  const { parcelId, status, carrierStatus, incident } = input;
  const update: PlannedCommand = {
    type: 'updateTracking',
    parcelId,
    status,
    ...(carrierStatus === undefined ? {} : { carrierStatus }),
    ...(incident === undefined ? {} : { incident }),
  };
  if (!isParcelIncident(status)) return [update];
  const { locale, systemActor } = ctx.policy;
  const nextAction = nextActionFor('carrier_error', locale);
  return [
    update,
    {
      type: 'placeHold',
      holdId: ctx.ids.next('hold'),
      reasonCode: 'carrier_error',
      scope: { kind: 'order' },
      note: describeParcelIncident(parcelId, status, incident, locale),
      ...(nextAction === undefined ? {} : { nextAction }),
      actor: systemActor,
    },
  ];
}
