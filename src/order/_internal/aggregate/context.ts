import type { RmaStatus } from '../../../rma/index.js';
import type { OrderEventType } from '../../events.js';
import { orderMachineEventTypes, type OrderMachineEventType } from '../../machine.js';
import type { OrderMachineContext } from '../../machineGuards.js';
import type { OrderState, RmaState } from '../../state.js';

const machineEvents: ReadonlySet<string> = new Set(orderMachineEventTypes);

/** Tells whether an event type is an event of the order machine (it may change the status). */
export function isOrderMachineEvent(type: OrderEventType): type is OrderMachineEventType {
  return machineEvents.has(type);
}

/** Return statuses in which a return no longer blocks the order from closing. */
const settled: ReadonlySet<RmaStatus> = new Set<RmaStatus>(['refused', 'resolved', 'closed']);

/** Tells whether a return is open: neither refused, resolved nor closed. */
export function isOpenReturn(rma: RmaState): boolean {
  return !settled.has(rma.status);
}

/** The ids of the open returns, in request order. */
export function openReturnIds(rmas: Readonly<Record<string, RmaState>>): string[] {
  const ids: string[] = [];
  for (const id in rmas) {
    const rma = rmas[id];
    if (rma !== undefined && Object.hasOwn(rmas, id) && isOpenReturn(rma)) ids.push(id);
  }
  return ids;
}

/** The order machine's context for a state: its lines and how many returns are open. */
export function machineContextOf(state: OrderState): OrderMachineContext {
  let openReturns = 0;
  const rmas = state.rmas;
  for (const id in rmas) {
    const rma = rmas[id];
    if (rma !== undefined && isOpenReturn(rma)) openReturns++;
  }
  return { lines: state.order.lines, openReturns };
}
