import type {
  ActionReceipt,
  ChannelActionRequest,
  ConnectorContext,
  ConnectorResult,
} from '../../../ports/index.js';
import { err, ok } from '../../../result/index.js';
import {
  planAction,
  writeHandle,
  type ActionSettings,
  type LengowActionBody,
} from './actionBodies.js';
import { actionIdPattern, paths } from './contract.js';
import { rejected, unavailable } from './failures.js';
import { parseJson, type LengowHttp } from './http.js';
import { listOrderActions } from './listOrderActions.js';
import { CreatedActionSchema, type LengowAction } from './schemas.js';

/** Whether a listed action is the body's: same line, and same quantity and tracking when listed. */
function sameAction(action: LengowAction, body: LengowActionBody): boolean {
  const line = action.line ?? undefined;
  const sameLine =
    body.line === undefined ? line === undefined || line === '' : String(line) === body.line;
  const listed = (value: unknown) => value !== undefined && value !== null && value !== '';
  const sameQuantity =
    !listed(action.quantity) ||
    body.quantity === undefined ||
    Number(action.quantity) === body.quantity;
  const sameTracking =
    !listed(action.tracking_number) ||
    body.tracking_number === undefined ||
    action.tracking_number === body.tracking_number;
  return sameLine && sameQuantity && sameTracking;
}

/**
 * `MarketplaceApi.sendAction` on Lengow: one `POST /v3.0/orders/actions/` per Lengow action of
 * the plan; the receipt is `pending` with the ids (actions are queued). Lengow takes no
 * idempotency key, so a retry (attempt > 1) first looks for the same action still queued on
 * the order and reuses it instead of posting again (the guard Lengow's own connector uses).
 */
export async function sendLengowAction(
  http: LengowHttp,
  settings: ActionSettings,
  request: ChannelActionRequest,
  context: ConnectorContext,
): ConnectorResult<ActionReceipt> {
  const plan = planAction(request, settings);
  if (!plan.ok) return err(rejected(plan.error));
  const { target, bodies } = plan.value;

  let queued: readonly LengowAction[] = [];
  if (context.attempt > 1) {
    const listed = await listOrderActions(
      http,
      settings.accountId,
      target,
      { action_type: bodies[0]?.action_type ?? request.action, queued: 'True' },
      context.now,
    );
    if (!listed.ok) return listed;
    queued = listed.value.filter((a) => a.queued === true);
  }

  const ids: string[] = [];
  for (const body of bodies) {
    const already = queued.find((a) => sameAction(a, body) && !ids.includes(String(a.id)));
    if (already !== undefined && actionIdPattern.test(String(already.id))) {
      ids.push(String(already.id));
      continue;
    }
    const answer = await http.send(
      { method: 'POST', path: paths.actions, json: body },
      context.now,
    );
    if (!answer.ok) return answer;
    const created = CreatedActionSchema.safeParse(parseJson(answer.value.body));
    if (!created.success) {
      return err(unavailable(`the action answer has no action id: ${answer.value.body}`));
    }
    const first = Array.isArray(created.data) ? created.data[0] : created.data;
    const id = String(first?.id);
    if (!actionIdPattern.test(id)) {
      return err(unavailable(`the action id is not one this connector can poll: ${id}`));
    }
    ids.push(id);
  }
  return ok({ state: 'pending', handle: writeHandle(ids, target) });
}
