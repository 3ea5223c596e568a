import type { RmaMachineEventType } from '../../../rma/index.js';
import { err } from '../../../result/index.js';
import type { OrderCommandOf } from '../../commands.js';
import type { OrderState, RmaState } from '../../state.js';
import { rmaTransitions } from '../../../rma/index.js';
import { isOpenReturn } from '../aggregate/context.js';
import { own } from '../aggregate/lines.js';
import { checkTransition, one, readLineAsks, type Decision, type EventDraft } from './shared.js';

/** Units of each line asked back in open returns and not received yet. */
function pendingByLine(state: OrderState): Map<string, number> {
  const pending = new Map<string, number>();
  const rmas = state.rmas;
  for (const id in rmas) {
    const rma = rmas[id];
    if (rma === undefined || !isOpenReturn(rma)) continue;
    for (const l of rma.lines) pending.set(l.lineId, (pending.get(l.lineId) ?? 0) + l.quantity);
    for (const l of rma.received) pending.set(l.lineId, (pending.get(l.lineId) ?? 0) - l.quantity);
  }
  return pending;
}

/** `requestReturn`: delivered units not returned and not already asked back. */
export function decideRequestReturn(
  state: OrderState,
  c: OrderCommandOf<'requestReturn'>,
): Decision {
  if (Object.hasOwn(state.rmas, c.rmaId)) {
    return err({ code: 'order/id_duplicate', kind: 'rma', id: c.rmaId });
  }
  const asks = readLineAsks(state, c.lines);
  if (!asks.ok) return asks;
  const pending = pendingByLine(state);
  for (const [lineId, ask] of asks.value) {
    const q = state.order.lines[ask.index]?.quantities;
    const free =
      q === undefined ? 0 : q.delivered - q.returned - Math.max(0, pending.get(lineId) ?? 0);
    if (ask.quantity > free) {
      return err({
        code: 'order/quantity_exceeded',
        lineId,
        what: 'return',
        quantity: ask.quantity,
        available: Math.max(0, free),
      });
    }
  }
  return (
    checkTransition(state, 'return.requested') ??
    one({
      type: 'return.requested',
      data: { rmaId: c.rmaId, lines: c.lines },
    })
  );
}

/** Finds the return and checks that the return machine allows `type` in its status. */
function readRma(
  state: OrderState,
  rmaId: string,
  type: RmaMachineEventType,
):
  { readonly ok: true; readonly rma: RmaState } | { readonly ok: false; readonly error: Decision } {
  const rma = own(state.rmas, rmaId);
  if (rma === undefined) return { ok: false, error: err({ code: 'order/rma_unknown', rmaId }) };
  if (rmaTransitions.next(rma.status, type, undefined) === undefined) {
    return {
      ok: false,
      error: err({ code: 'order/rma_invalid_transition', rmaId, from: rma.status, event: type }),
    };
  }
  return { ok: true, rma };
}

/** `receiveReturn`: units asked back in this return and not received yet. */
export function decideReceiveReturn(
  state: OrderState,
  c: OrderCommandOf<'receiveReturn'>,
): Decision {
  const found = readRma(state, c.rmaId, 'return.received');
  if (!found.ok) return found.error;
  const asks = readLineAsks(state, c.lines);
  if (!asks.ok) return asks;
  const left = new Map<string, number>();
  for (const l of found.rma.lines) left.set(l.lineId, (left.get(l.lineId) ?? 0) + l.quantity);
  for (const l of found.rma.received) left.set(l.lineId, (left.get(l.lineId) ?? 0) - l.quantity);
  for (const [lineId, ask] of asks.value) {
    const free = left.get(lineId) ?? 0;
    if (ask.quantity > free) {
      return err({
        code: 'order/quantity_exceeded',
        lineId,
        what: 'receive',
        quantity: ask.quantity,
        available: Math.max(0, free),
      });
    }
  }
  return (
    checkTransition(state, 'return.received') ??
    one({
      type: 'return.received',
      data: { rmaId: c.rmaId, lines: c.lines },
    })
  );
}

type RmaStepCommand = OrderCommandOf<
  | 'approveReturn'
  | 'refuseReturn'
  | 'issueReturnLabel'
  | 'inspectReturn'
  | 'resolveReturn'
  | 'closeReturn'
>;

function draftOf(c: RmaStepCommand): EventDraft & { readonly type: RmaMachineEventType } {
  const rmaId = c.rmaId;
  switch (c.type) {
    case 'approveReturn':
      return { type: 'return.approved', data: { rmaId } };
    case 'refuseReturn':
      return { type: 'return.refused', data: { rmaId } };
    case 'issueReturnLabel':
      return {
        type: 'return.label_issued',
        data: c.tracking === undefined ? { rmaId } : { rmaId, tracking: c.tracking },
      };
    case 'inspectReturn':
      return { type: 'return.inspected', data: { rmaId, outcome: c.outcome } };
    case 'resolveReturn':
      return { type: 'return.resolved', data: { rmaId, resolution: c.resolution } };
    case 'closeReturn':
      return { type: 'return.closed', data: { rmaId } };
  }
}

/**
 * The seller's steps on a return (approve, refuse, label, inspect, resolve, close), checked
 * against the return machine. Decisions are held for automated actors while a hold covers the
 * order or a line of the return; the inspection is a warehouse observation.
 */
export function decideReturnStep(state: OrderState, c: RmaStepCommand): Decision {
  const draft = draftOf(c);
  const found = readRma(state, c.rmaId, draft.type);
  if (!found.ok) return found.error;
  return checkTransition(state, draft.type) ?? one(draft);
}
