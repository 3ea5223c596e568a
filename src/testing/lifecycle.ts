import fc from 'fast-check';
import {
  apply,
  decide,
  type Actor,
  type Order,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
  toCapturedOrder,
} from '../order/index.js';
import { parcelTransitions } from '../parcel/index.js';
import { arbitraryOrder, type ArbitraryOrderOptions } from './order.js';
import { drawFrom } from './lifecycleDraw.js';
import { proposeCommands } from './lifecycleSteps.js';

/** Options of {@link arbitraryOrderHistory}. */
export interface ArbitraryOrderHistoryOptions {
  /** Options of the captured order (see `arbitraryOrder`; default 1 to 5 lines, any currency). */
  readonly order?: ArbitraryOrderOptions;
  /** Most commands after the capture (default 30; 0 to 500). */
  readonly maxCommands?: number;
  /** Whether the channel asks for acceptance (default: either). */
  readonly needsAcceptance?: boolean;
}

/** A valid order history: the commands given, the events they caused, the live state. */
export interface OrderHistory {
  /** The commands, capture first; `decide` accepted each of them in turn. */
  readonly commands: readonly OrderCommand[];
  /** Every event, in order (`seq` 1, 2, 3…), as read back from JSON (no object shared). */
  readonly events: readonly OrderEvent[];
  /** The state after each command, folded live with `apply` (not with `replay`). */
  readonly state: OrderState;
}

const channel: Actor = { kind: 'channel', id: 'marketplace' };

/** Builds a history from an order and a list of choices (deterministic: shrinks well). */
function buildHistory(
  order: Order,
  needsAcceptance: boolean,
  choices: readonly number[],
  maxCommands: number,
): OrderHistory {
  const start = Date.parse(order.placedAt);
  const instant = (step: number) => new Date(start + (step + 1) * 60_000).toISOString();
  const capture: OrderCommand = {
    type: 'capture',
    at: instant(0),
    actor: channel,
    order: toCapturedOrder(order),
    needsAcceptance,
  };
  const first = decide(undefined, capture);
  if (!first.ok) throw new Error(`arbitraryOrderHistory: capture refused (${first.error.code})`);
  const commands: OrderCommand[] = [capture];
  const events: OrderEvent[] = [...first.value];
  let state = first.value.reduce<OrderState | undefined>(apply, undefined) as OrderState;
  for (let step = 1; step <= Math.min(maxCommands, choices.length); step++) {
    const draw = drawFrom(choices[step - 1] ?? 0);
    for (const command of proposeCommands(state, draw, instant(step), parcelTransitions)) {
      const decided = decide(state, command);
      if (!decided.ok) continue;
      commands.push(command);
      events.push(...decided.value);
      for (const event of decided.value) state = apply(state, event);
      break;
    }
  }
  // Events as an event store gives them back: plain JSON data, shared with nothing else.
  return { commands, events: JSON.parse(JSON.stringify(events)) as OrderEvent[], state };
}

/**
 * A fast-check arbitrary of valid order histories, for property suites over the lifecycle:
 * an order from `arbitraryOrder` is captured, then commands are drawn one at a time among
 * those the current state makes sensible (accept, allocate, pack, ship, track, deliver,
 * cancel, returns and their steps, refunds, holds, notes, ERP links, channel statuses, close),
 * with automated actors and operators. Each command is decided against the live state; a
 * command `decide` refuses (an automated command while on hold, a refund beyond what was
 * paid…) is left out, so every command of the history was accepted.
 *
 * Histories are built from a list of choices, so fast-check shrinks them to short ones.
 *
 * @param options - the order's options, the number of commands, the acceptance flag
 * @returns an arbitrary of {@link OrderHistory}
 * @throws RangeError when `maxCommands` is not an integer from 0 to 500
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbitraryOrderHistory(), (h) => expect(replay(h.events)).toEqual(h.state)),
 * );
 * ```
 */
export function arbitraryOrderHistory(
  options: ArbitraryOrderHistoryOptions = {},
): fc.Arbitrary<OrderHistory> {
  const maxCommands = options.maxCommands ?? 30;
  if (!Number.isInteger(maxCommands) || maxCommands < 0 || maxCommands > 500) {
    throw new RangeError('arbitraryOrderHistory: maxCommands must be an integer from 0 to 500');
  }
  return fc
    .tuple(
      arbitraryOrder(options.order),
      options.needsAcceptance === undefined ? fc.boolean() : fc.constant(options.needsAcceptance),
      fc.array(fc.nat(), { maxLength: maxCommands, size: 'max' }),
    )
    .map(([order, needsAcceptance, choices]) =>
      buildHistory(order, needsAcceptance, choices, maxCommands),
    );
}
