import { err, ok, type Result } from '../result/index.js';
import type { OrderCommand } from './commands.js';
import type { OrderEvent } from './events.js';
import type { OrderLifecycleError } from './lifecycleErrors.js';
import { findBlockingHolds } from './holds.js';
import type { OrderState } from './state.js';
import { decideAnnotation } from './_internal/decide/decideAnnotation.js';
import {
  decideAllocate,
  decideCancel,
  decideCreateParcel,
  decideReallocate,
  decideShip,
  decideTracking,
} from './_internal/decide/decideFulfilment.js';
import { decideCapture, decideClose, decideStep } from './_internal/decide/decideOrder.js';
import { decideRefund } from './_internal/decide/decideRefund.js';
import {
  decideReceiveReturn,
  decideRequestReturn,
  decideReturnStep,
} from './_internal/decide/decideReturn.js';
import type { Decision, EventDraft } from './_internal/decide/shared.js';

function route(state: OrderState, command: OrderCommand): Decision {
  switch (command.type) {
    case 'capture':
      return decideCapture(state, command);
    case 'accept':
    case 'refuse':
    case 'startPreparation':
      return decideStep(state, command);
    case 'close':
      return decideClose(state);
    case 'allocateLines':
      return decideAllocate(state, command);
    case 'reallocateLines':
      return decideReallocate(state, command);
    case 'createParcel':
      return decideCreateParcel(state, command);
    case 'shipParcel':
      return decideShip(state, command);
    case 'updateTracking':
    case 'deliverParcel':
      return decideTracking(state, command);
    case 'cancelLines':
      return decideCancel(state, command);
    case 'requestReturn':
      return decideRequestReturn(state, command);
    case 'receiveReturn':
      return decideReceiveReturn(state, command);
    case 'approveReturn':
    case 'refuseReturn':
    case 'issueReturnLabel':
    case 'inspectReturn':
    case 'resolveReturn':
    case 'closeReturn':
      return decideReturnStep(state, command);
    case 'issueRefund':
      return decideRefund(state, command);
    case 'placeHold':
    case 'releaseHold':
    case 'addNote':
    case 'linkErpDocument':
    case 'observeChannelStatus':
      return decideAnnotation(state, command);
  }
}

/** Wraps drafts in the envelope: consecutive `seq` after `version`, the command's at/actor/reason. */
function seal(
  orderId: string,
  version: number,
  command: OrderCommand,
  drafts: readonly EventDraft[],
): OrderEvent[] {
  const events: OrderEvent[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as EventDraft;
    const reason = d.reason ?? (d.actor === undefined ? command.reason : undefined);
    const type = d.type;
    const seq = version + i + 1;
    const actor = d.actor ?? command.actor;
    // Plain literals: adding keys to a spread copy is a slow path in V8.
    events.push(
      (reason === undefined
        ? { type, orderId, seq, at: command.at, actor, data: d.data }
        : { type, orderId, seq, at: command.at, actor, reason, data: d.data }) as OrderEvent,
    );
  }
  return events;
}

/**
 * Decides what a command does to an order: the events it causes, or the rule it breaks. Every
 * invariant of the lifecycle is checked here (docs/lifecycle.md lists them with their error
 * codes): the order machine's transitions, the line quantities (nothing allocated, moved,
 * packed, cancelled, returned or refunded beyond what the quantities allow; no shipped unit
 * cancelled, no packed unit moved to another warehouse), no shipment without tracking, no delivery before shipment, refunds within what
 * was paid (per line, on shipping, in total), no closing while a line is open or a return is
 * unresolved, and holds (automated deciding commands are refused with `order/on_hold`).
 *
 * Pure: it reads the state and the command only (time, actor and ids come in the command).
 * It trusts the command's shape (its type says so); parse untrusted commands with
 * `parseOrderCommand` first. Events get `seq` = `state.version + 1, + 2…`, the command's
 * `at`, `actor` and `reason`.
 *
 * @param state - the order's current state; `undefined` before capture
 * @param command - what to do
 * @returns the events to append (then `apply` them), or a typed error
 * @example
 * ```ts
 * const decided = decide(state, {
 *   type: 'shipParcel', at: clock.now(), actor: { kind: 'wms', id: 'wms-1' },
 *   parcelId: 'P1', tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
 * });
 * if (decided.ok) state = decided.value.reduce(apply, state);
 * else console.log(formatError(decided.error, 'fr'));
 * ```
 */
export function decide(
  state: OrderState | undefined,
  command: OrderCommand,
): Result<readonly OrderEvent[], OrderLifecycleError> {
  if (command.type === 'capture') {
    const captured = decideCapture(state, command);
    return captured.ok ? ok(seal(command.order.orderId, 0, command, captured.value)) : captured;
  }
  if (state === undefined) return err({ code: 'order/not_captured', command: command.type });
  const decided = route(state, command);
  if (!decided.ok) return decided;
  const holds = findBlockingHolds(state, command);
  if (holds.length > 0) return err({ code: 'order/on_hold', command: command.type, holds });
  return ok(seal(state.orderId, state.version, command, decided.value));
}
