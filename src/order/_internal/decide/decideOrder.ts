import { err, ok } from '../../../result/index.js';
import type { OrderCommandOf } from '../../commands.js';
import type { OrderState } from '../../state.js';
import { openReturnIds } from '../aggregate/context.js';
import { checkTransition, one, type Decision } from './shared.js';

/** The actor of the automatic acceptance when the channel needs none. */
const system = { kind: 'system', id: 'ordokit' } as const;

/** `capture`: a fresh order (only `ordered` set, no parcels, unique line ids). */
export function decideCapture(
  state: OrderState | undefined,
  c: OrderCommandOf<'capture'>,
): Decision {
  if (state !== undefined) return err({ code: 'order/already_captured', orderId: state.orderId });
  const { order } = c;
  if (order.parcels !== undefined && order.parcels.length > 0) {
    return err({ code: 'order/capture_invalid', reason: 'parcels_present' });
  }
  const seen = new Map<string, number>();
  for (let i = 0; i < order.lines.length; i++) {
    const line = order.lines[i];
    if (line === undefined) continue;
    const first = seen.get(line.lineId);
    if (first !== undefined) {
      return err({
        code: 'order/line_id_duplicate',
        path: ['order', 'lines', i, 'lineId'],
        lineId: line.lineId,
        firstIndex: first,
      });
    }
    seen.set(line.lineId, i);
    const q = line.quantities;
    if (
      q.cancelled !== 0 ||
      q.allocated !== 0 ||
      q.shipped !== 0 ||
      q.delivered !== 0 ||
      q.returned !== 0 ||
      q.refunded !== 0
    ) {
      return err({
        code: 'order/capture_invalid',
        reason: 'quantities_not_initial',
        lineId: line.lineId,
      });
    }
  }
  const captured = {
    type: 'order.captured',
    data: { order, needsAcceptance: c.needsAcceptance },
  } as const;
  if (c.needsAcceptance) return one(captured);
  return ok([
    captured,
    {
      type: 'order.accepted',
      data: {},
      actor: system,
    },
  ]);
}

/** `accept`, `refuse`, `startPreparation`: status moves decided by the seller. */
export function decideStep(
  state: OrderState,
  c: OrderCommandOf<'accept' | 'refuse' | 'startPreparation'>,
): Decision {
  const draft =
    c.type === 'accept'
      ? ({ type: 'order.accepted', data: {} } as const)
      : c.type === 'refuse'
        ? ({ type: 'order.refused', data: { reasonCode: c.reasonCode } } as const)
        : ({
            type: 'order.preparation_started',
            data: c.warehouseId === undefined ? {} : { warehouseId: c.warehouseId },
          } as const);
  return checkTransition(state, draft.type) ?? one(draft);
}

/** `close`: every line delivered or cancelled, every return settled, then the machine. */
export function decideClose(state: OrderState): Decision {
  for (const line of state.order.lines) {
    const q = line.quantities;
    const open = q.ordered - q.cancelled - q.delivered;
    if (open > 0) return err({ code: 'order/line_open', lineId: line.lineId, open });
  }
  const rmaIds = openReturnIds(state.rmas);
  if (rmaIds.length > 0) return err({ code: 'order/return_unresolved', rmaIds });
  return checkTransition(state, 'order.closed') ?? one({ type: 'order.closed', data: {} });
}
