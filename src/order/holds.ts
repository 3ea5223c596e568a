import type { OrderCommand } from './commands.js';
import type { BlockingHold } from './lifecycleErrors.js';
import type { Hold, OrderState } from './state.js';
import { own } from './_internal/aggregate/lines.js';

/** Which holds a command can run into: none, order-scope only, all, or those on some lines. */
type HoldReach = 'none' | 'order' | 'all' | ReadonlySet<string>;

function linesOf(entries: readonly { readonly lineId: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) ids.add(e.lineId);
  return ids;
}

/**
 * What a command decides, for the hold rules (docs/lifecycle.md, "Holds"): operators and
 * observations of the outside world reach no hold; order steps reach order-scope holds;
 * `close` reaches every hold; line decisions reach the holds of their lines too.
 */
function reachOf(state: OrderState, command: OrderCommand): HoldReach {
  if (command.actor.kind === 'user') return 'none';
  switch (command.type) {
    case 'accept':
    case 'refuse':
    case 'startPreparation':
      return 'order';
    case 'close':
      return 'all';
    case 'allocateLines':
    case 'reallocateLines':
    case 'createParcel':
    case 'issueRefund':
      return linesOf(command.lines);
    case 'cancelLines':
      return command.requestedBy === 'seller' ? linesOf(command.lines) : 'none';
    case 'shipParcel': {
      const parcel = own(state.parcels, command.parcelId);
      return parcel === undefined ? 'order' : linesOf(parcel.lines);
    }
    case 'approveReturn':
    case 'refuseReturn':
    case 'issueReturnLabel':
    case 'resolveReturn':
    case 'closeReturn': {
      const rma = own(state.rmas, command.rmaId);
      return rma === undefined ? 'order' : linesOf(rma.lines);
    }
    default:
      return 'none';
  }
}

/**
 * The holds that stop a command: those `decide` would list in `order/on_hold`. Holds pause
 * automation, not people:
 * - commands of operators (actor kind `user`) are never held;
 * - observations of the outside world are never held: `updateTracking`, `deliverParcel`,
 *   `observeChannelStatus`, `requestReturn`, `receiveReturn`, `inspectReturn`, a cancellation
 *   asked by the buyer or the channel, notes, ERP links, holds themselves;
 * - `accept`, `refuse`, `startPreparation` are held by order-scope holds;
 * - `allocateLines`, `reallocateLines`, `createParcel`, `shipParcel`, `issueRefund`, a
 *   seller's `cancelLines` and the seller's return steps are held by order-scope holds and by
 *   holds on a line they touch; `close` is held by every hold.
 *
 * @param state - the order's state
 * @param command - the command about to be decided
 * @returns the blocking holds, in placement order (empty when the command may go on)
 * @example
 * ```ts
 * const blocking = findBlockingHolds(state, command);
 * if (blocking.length > 0) showHoldBanner(blocking);
 * ```
 */
export function findBlockingHolds(state: OrderState, command: OrderCommand): BlockingHold[] {
  if (state.holds.length === 0) return [];
  const reach = reachOf(state, command);
  if (reach === 'none') return [];
  const blocking: BlockingHold[] = [];
  for (const h of state.holds) {
    const blocks =
      h.scope.kind === 'order' ||
      reach === 'all' ||
      (reach !== 'order' && reach.has(h.scope.lineId));
    if (blocks) blocking.push({ holdId: h.holdId, reasonCode: h.reasonCode, scope: h.scope });
  }
  return blocking;
}

/**
 * Tells whether the order is on hold: any active hold, or, with `lineId`, a hold on the whole
 * order or on that line.
 *
 * @param state - the order's state
 * @param lineId - a line, to ask about that line only
 * @returns true when some hold applies
 * @example
 * ```ts
 * isOnHold(state); // true while any hold is active
 * isOnHold(state, 'L2'); // true for an order hold or a hold on L2
 * ```
 */
export function isOnHold(state: OrderState, lineId?: string): boolean {
  if (lineId === undefined) return state.holds.length > 0;
  return state.holds.some((h) => h.scope.kind === 'order' || h.scope.lineId === lineId);
}

/**
 * The active holds that cover a line: the order-scope holds and the holds on that line, in
 * placement order.
 *
 * @param state - the order's state
 * @param lineId - the line
 * @returns the holds covering it
 */
export function listLineHolds(state: OrderState, lineId: string): Hold[] {
  return state.holds.filter((h) => h.scope.kind === 'order' || h.scope.lineId === lineId);
}
