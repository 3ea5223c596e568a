import { err, ok, type Err, type Result } from '../../../result/index.js';
import type { Actor } from '../../eventFields.js';
import type { OrderEventOf, OrderEventType } from '../../events.js';
import type { OrderLifecycleError } from '../../lifecycleErrors.js';
import type { OrderState } from '../../state.js';
import { orderTransitions } from '../../transitions.js';
import { isOrderMachineEvent, machineContextOf } from '../aggregate/context.js';
import { findLines } from '../aggregate/lines.js';

/** An event to be: its type and data; `decide` adds the envelope (seq, at, actor, reason). */
export type EventDraft = {
  [T in OrderEventType]: {
    readonly type: T;
    readonly data: OrderEventOf<T>['data'];
    /** Overrides the command's actor (e.g. the system's automatic acceptance). */
    readonly actor?: Actor;
    /** Overrides the command's reason. */
    readonly reason?: string;
  };
}[OrderEventType];

/** What each command group returns: the drafts, or the first broken rule. */
export type Decision = Result<readonly EventDraft[], OrderLifecycleError>;

/** A decision of one event. */
export function one(draft: EventDraft): Decision {
  return ok([draft]);
}

/** Refuses with `order/invalid_transition` when the order machine does not allow `type` now. */
export function checkTransition(
  state: OrderState,
  type: OrderEventType,
): Err<OrderLifecycleError> | undefined {
  if (!isOrderMachineEvent(type)) return undefined;
  return orderTransitions.next(state.status, type, machineContextOf(state)) === undefined
    ? err({ code: 'order/invalid_transition', from: state.status, event: type })
    : undefined;
}

/** A line's index in the order and the units a command names for it (summed). */
export interface LineAsk {
  readonly index: number;
  readonly quantity: number;
}

/**
 * Checks a command's line entries (known line, whole number of units, at least 1 or at least 0
 * when `allowZero`) and sums them per line, in first-appearance order.
 */
export function readLineAsks(
  state: OrderState,
  entries: readonly { readonly lineId: string; readonly quantity: number }[],
  allowZero = false,
): Result<Map<string, LineAsk>, OrderLifecycleError> {
  const finder = findLines(state.order.lines);
  const asks = new Map<string, LineAsk>();
  for (const { lineId, quantity } of entries) {
    const index = finder.indexOf(lineId);
    if (index < 0) return err({ code: 'order/line_unknown', lineId });
    if (!Number.isSafeInteger(quantity) || quantity < (allowZero ? 0 : 1)) {
      return err({ code: 'order/quantity_invalid', lineId, quantity });
    }
    const before = asks.get(lineId)?.quantity ?? 0;
    asks.set(lineId, { index, quantity: before + quantity });
  }
  return ok(asks);
}

/** Units of each line packed in parcels (shipped or not), by line id. */
export function packedByLine(state: OrderState): Map<string, number> {
  const packed = new Map<string, number>();
  const parcels = state.parcels;
  for (const id in parcels) {
    const parcel = parcels[id];
    if (parcel === undefined) continue;
    for (const l of parcel.lines) packed.set(l.lineId, (packed.get(l.lineId) ?? 0) + l.quantity);
  }
  return packed;
}
