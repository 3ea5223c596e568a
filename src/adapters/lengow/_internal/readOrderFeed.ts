import type {
  ChannelCallContext,
  ConnectorResult,
  OrderFeedPage,
  OrderFeedRequest,
} from '../../../ports/index.js';
import { err, ok } from '../../../result/index.js';
import { paths } from './contract.js';
import { rejected, unavailable } from './failures.js';
import {
  nextWindowFrom,
  openFirstWindow,
  raiseMaxSeen,
  readFeedCursor,
  shift,
  writeFeedCursor,
  type FeedPosition,
} from './feedCursor.js';
import { parseJson, type LengowHttp } from './http.js';
import { LengowPageSchema } from './schemas.js';

/** What reading the feed needs from the connector's options. */
export interface FeedSettings {
  readonly accountId: number;
  readonly pageSize: number;
  readonly since: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One page of `GET /v3.0/orders/` for `MarketplaceApi.fetchOrders`: page-number pagination
 * inside a window of orders updated since a date; an exhausted window opens the next one.
 */
export async function readOrderFeed(
  http: LengowHttp,
  settings: FeedSettings,
  request: OrderFeedRequest,
  context: ChannelCallContext,
): ConnectorResult<OrderFeedPage> {
  let position: FeedPosition;
  if (request.cursor === undefined) {
    const limit = request.limit;
    const size =
      limit !== undefined && Number.isInteger(limit) && limit >= 1
        ? Math.min(limit, settings.pageSize)
        : settings.pageSize;
    const first = openFirstWindow(settings.since, context.now, size);
    if (!first.ok) return err(rejected(first.error));
    position = first.value;
  } else {
    const read = readFeedCursor(request.cursor);
    if (!read.ok) return err(rejected(`malformed cursor: ${read.error}`));
    position = read.value;
  }
  if (position.openedAt === undefined) {
    const openedAt = shift(context.now, 0);
    if (openedAt === undefined) return err(rejected('the call context has no readable `now`'));
    position = { ...position, openedAt };
  }

  const answer = await http.send(
    {
      method: 'GET',
      path: paths.orders,
      query: {
        account_id: String(settings.accountId),
        updated_from: position.from,
        page: String(position.page),
        page_size: String(position.size),
      },
    },
    context.now,
  );
  if (!answer.ok) return answer;
  const parsed = LengowPageSchema.safeParse(parseJson(answer.value.body));
  if (!parsed.success) {
    return err(unavailable(`the order list is not Lengow's JSON: ${answer.value.body}`));
  }
  const { results, next } = parsed.data;
  let maxSeen = position.maxSeen;
  for (const order of results) {
    if (isRecord(order)) maxSeen = raiseMaxSeen(maxSeen, order['updated_at']);
  }
  const seen: FeedPosition = maxSeen === undefined ? position : { ...position, maxSeen };
  const more = typeof next === 'string' && next.length > 0;
  const following: FeedPosition = more
    ? { ...seen, page: seen.page + 1 }
    : { v: 1, from: nextWindowFrom(seen), page: 1, size: seen.size };
  return ok({ payloads: results, nextCursor: writeFeedCursor(following), more });
}
