import type { ChannelActionRequest } from '../../../ports/index.js';
import type { ParcelCarrier } from '../../../order/index.js';
import { err, ok, type Result } from '../../../result/index.js';
import { actionIdPattern, actionIdRoom, maxHandleLength } from './contract.js';

/** One body of `POST /v3.0/orders/actions/` (documented argument names). */
export interface LengowActionBody {
  readonly account_id: number;
  readonly marketplace: string;
  readonly marketplace_order_id: string;
  readonly action_type: 'accept' | 'refuse' | 'ship' | 'cancel' | 'refund';
  readonly line?: string;
  readonly quantity?: number;
  readonly carrier?: string;
  readonly tracking_number?: string;
  readonly tracking_url?: string;
  readonly reason?: string;
}

/** How actions are translated, from the connector's options. */
export interface ActionSettings {
  readonly accountId: number;
  readonly carrierName: (carrier: ParcelCarrier, marketplace: string) => string;
  readonly orderLevelMarketplaces: readonly string[];
}

/** The order an action is about, as Lengow names it. */
export interface ActionTarget {
  readonly marketplace: string;
  readonly orderRef: string;
}

/** The Lengow bodies of one unified action: one per line for partial actions, else one. */
export interface ActionPlan {
  readonly target: ActionTarget;
  readonly bodies: readonly LengowActionBody[];
}

/**
 * Translates a unified action into Lengow action bodies, or says why Lengow cannot take it.
 * Partial actions send one Lengow action per line with `line` (and `quantity` for ship and
 * refund); marketplaces listed as order-level get one whole-order action instead.
 */
export function planAction(
  request: ChannelActionRequest,
  settings: ActionSettings,
): Result<ActionPlan, string> {
  const marketplace = request.channelRef.marketplace;
  if (marketplace === undefined) {
    return err('Lengow needs the marketplace of the order (channelRef.marketplace)');
  }
  const target = { marketplace, orderRef: request.channelRef.channelOrderRef };
  const base = {
    account_id: settings.accountId,
    marketplace,
    marketplace_order_id: target.orderRef,
  };
  const wholeOrder = settings.orderLevelMarketplaces.includes(marketplace);
  const perLine = (
    lines: readonly { readonly lineId: string; readonly quantity: number }[],
    body: LengowActionBody,
    withQuantity: boolean,
  ): LengowActionBody[] =>
    lines.length === 0 || wholeOrder
      ? [body]
      : lines.map((l) =>
          withQuantity
            ? { ...body, line: l.lineId, quantity: l.quantity }
            : { ...body, line: l.lineId },
        );
  const reason = (r: string | undefined) => (r === undefined ? {} : { reason: r });

  let bodies: LengowActionBody[];
  switch (request.action) {
    case 'accept':
    case 'refuse':
      if (request.lines.length > 0 && !wholeOrder) {
        return err(`Lengow ${request.action}s whole orders only: send it without lines`);
      }
      bodies = [
        {
          ...base,
          action_type: request.action,
          ...(request.action === 'refuse' ? reason(request.reason) : {}),
        },
      ];
      break;
    case 'ship': {
      const ship: LengowActionBody = {
        ...base,
        action_type: 'ship',
        carrier: settings.carrierName(request.carrier, marketplace),
        tracking_number: request.tracking.number,
        ...(request.tracking.url === undefined ? {} : { tracking_url: request.tracking.url }),
      };
      bodies = perLine(request.lines, ship, true);
      break;
    }
    case 'cancel':
      if (request.lines.length > 0 && wholeOrder) {
        return err(`${marketplace} takes whole-order cancellations only: send it without lines`);
      }
      bodies = perLine(
        request.lines,
        { ...base, action_type: 'cancel', ...reason(request.reason) },
        false,
      );
      break;
    case 'refund':
      if (request.lines.length > 0 && wholeOrder) {
        return err(`${marketplace} takes whole-order refunds only: send it without lines`);
      }
      if (request.shipping !== undefined || request.lines.some((l) => l.amount !== undefined)) {
        return err('Lengow refunds units, not amounts: send the lines and quantities only');
      }
      bodies = perLine(
        request.lines,
        { ...base, action_type: 'refund', ...reason(request.reason) },
        true,
      );
      break;
    case 'deliver':
      return err('Lengow has no deliver action: the marketplace closes the order itself');
  }
  const room = maxHandleLength - marketplace.length - target.orderRef.length - 2;
  if (bodies.length * actionIdRoom > room) {
    return err(
      `${String(bodies.length)} lines are too many for one Lengow action receipt: split the action`,
    );
  }
  return ok({ target, bodies });
}

/** The receipt handle of the actions created: `<ids>:<marketplace>:<order ref>`. */
export function writeHandle(ids: readonly string[], target: ActionTarget): string {
  return `${ids.join(',')}:${target.marketplace}:${target.orderRef}`;
}

/** The actions and order a handle names, or undefined when it is not one of this connector's. */
export function readHandle(
  handle: string,
): { readonly ids: readonly string[]; readonly target: ActionTarget } | undefined {
  const first = handle.indexOf(':');
  const second = handle.indexOf(':', first + 1);
  if (first <= 0 || second <= first + 1 || second === handle.length - 1) return undefined;
  const ids = handle.slice(0, first).split(',');
  if (ids.some((id) => !actionIdPattern.test(id))) return undefined;
  return {
    ids,
    target: { marketplace: handle.slice(first + 1, second), orderRef: handle.slice(second + 1) },
  };
}
