import type { ActionResult, ChannelCallContext, ConnectorResult } from '../../../ports/index.js';
import { err, ok } from '../../../result/index.js';
import { readHandle } from './actionBodies.js';
import { clip, describeError, rejected } from './failures.js';
import type { LengowHttp } from './http.js';
import { listOrderActions } from './listOrderActions.js';
import type { LengowAction } from './schemas.js';

/** Where one Lengow action stands: its `errors` first, then `processed`, else still queued. */
function stateOf(action: LengowAction): ActionResult {
  const errors = describeError(action.errors ?? null);
  if (errors !== undefined && errors.trim() !== '')
    return { state: 'failed', detail: clip(errors) };
  return action.processed === true ? { state: 'done' } : { state: 'pending' };
}

/**
 * `MarketplaceApi.getActionResult` on Lengow: lists the order's actions and reads those of the
 * handle. Failed when any failed (with Lengow's errors), done when all are processed, else
 * pending.
 */
export async function pollLengowAction(
  http: LengowHttp,
  accountId: number,
  handle: string,
  context: ChannelCallContext,
): ConnectorResult<ActionResult> {
  const read = readHandle(handle);
  if (read === undefined) return err(rejected(`not a Lengow action handle: ${handle}`));
  const listed = await listOrderActions(http, accountId, read.target, {}, context.now);
  if (!listed.ok) return listed;
  const states: ActionResult[] = [];
  for (const id of read.ids) {
    const action = listed.value.find((a) => String(a.id) === id);
    if (action === undefined) {
      return err(rejected(`Lengow lists no action ${id} on order ${read.target.orderRef}`));
    }
    states.push(stateOf(action));
  }
  const failures = states.flatMap((s) => (s.state === 'failed' ? [s.detail] : []));
  if (failures.length > 0)
    return ok({ state: 'failed', detail: clip([...new Set(failures)].join('; ')) });
  return ok(states.every((s) => s.state === 'done') ? { state: 'done' } : { state: 'pending' });
}
