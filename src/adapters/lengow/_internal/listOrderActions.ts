import type { ConnectorFailure } from '../../../ports/index.js';
import { err, ok, type Result } from '../../../result/index.js';
import type { ActionTarget } from './actionBodies.js';
import { maxActionPages, paths } from './contract.js';
import { unavailable } from './failures.js';
import { parseJson, type LengowHttp } from './http.js';
import { LengowActionSchema, LengowPageSchema, type LengowAction } from './schemas.js';

/**
 * The actions Lengow lists for one order (`GET /v3.0/orders/actions/` filtered by
 * `marketplace_order_id` and `marketplace`, documented), page after page while `next` is set,
 * at most 10 pages. Extra filters (`action_type`, `queued`) narrow the list.
 */
export async function listOrderActions(
  http: LengowHttp,
  accountId: number,
  target: ActionTarget,
  filters: Readonly<Record<string, string>>,
  now: string,
): Promise<Result<readonly LengowAction[], ConnectorFailure>> {
  const found: LengowAction[] = [];
  for (let page = 1; page <= maxActionPages; page++) {
    const answer = await http.send(
      {
        method: 'GET',
        path: paths.actions,
        query: {
          account_id: String(accountId),
          marketplace_order_id: target.orderRef,
          marketplace: target.marketplace,
          ...filters,
          page: String(page),
        },
      },
      now,
    );
    if (!answer.ok) return answer;
    const parsed = LengowPageSchema.safeParse(parseJson(answer.value.body));
    if (!parsed.success) {
      return err(unavailable(`the action list is not Lengow's JSON: ${answer.value.body}`));
    }
    for (const item of parsed.data.results) {
      const action = LengowActionSchema.safeParse(item);
      if (action.success) found.push(action.data);
    }
    const next = parsed.data.next;
    if (typeof next !== 'string' || next.length === 0) break;
  }
  return ok(found);
}
