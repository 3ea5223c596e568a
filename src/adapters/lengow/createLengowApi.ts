import type { ParcelCarrier } from '../../order/index.js';
import type { MarketplaceApi } from '../../ports/index.js';
import { err, OrdokitError } from '../../result/index.js';
import type { LengowOptionsInvalid } from './errors.js';
import type { FetchLike } from './fetchLike.js';
import { acknowledgeImports } from './_internal/acknowledgeImports.js';
import { channel, defaultBaseUrl, defaultTimeoutMs, maxPageSize } from './_internal/contract.js';
import { rejected } from './_internal/failures.js';
import { LengowHttp } from './_internal/http.js';
import { pollLengowAction } from './_internal/pollLengowAction.js';
import { readOrderFeed } from './_internal/readOrderFeed.js';
import { sendLengowAction } from './_internal/sendLengowAction.js';

/** What {@link createLengowApi} needs. */
export interface CreateLengowApiOptions {
  /** The `fetch` to call Lengow with (the global `fetch`, undici's…): injected, never global. */
  readonly fetch: FetchLike;
  /** The `access_token` API key of the Lengow account (API section of the account). */
  readonly accessToken: string;
  /** The `secret` API key of the Lengow account. */
  readonly secret: string;
  /** The Lengow account id, sent as `account_id` on every call. */
  readonly accountId: number;
  /** The API host, without a trailing slash. Default `https://api.lengow.io`. */
  readonly baseUrl?: string;
  /** Orders per page of the feed, 1 to 100. Default 100. */
  readonly pageSize?: number;
  /** Where the very first read starts (ISO 8601, `updated_from`). Default: 7 days before its `now`. */
  readonly since?: string;
  /** How long one HTTP call may take before it is a `connector/timeout`, in ms. Default 30 000. */
  readonly timeoutMs?: number;
  /**
   * Lengow's carrier value for a parcel's carrier on a marketplace (valid values are per
   * marketplace, listed by `GET /v3.0/marketplaces`). Default: the carrier's `code`.
   */
  readonly carrierName?: (carrier: ParcelCarrier, marketplace: string) => string;
  /**
   * Marketplaces whose actions take no `line` argument: a partial cancellation or refund is
   * rejected there rather than widened to the whole order, and a ship action is sent without
   * `line`. Default: none (partial actions go line by line).
   */
  readonly orderLevelMarketplaces?: readonly string[];
}

function invalid(option: LengowOptionsInvalid['option'], expected: string): never {
  throw new OrdokitError<LengowOptionsInvalid>(
    { code: 'lengow/options_invalid', option, expected },
    `createLengowApi: ${option} must be ${expected}`,
  );
}

/**
 * Creates the Lengow API v3 connector: a {@link MarketplaceApi} over HTTP through the `fetch`
 * you pass. It never throws for a remote failure and never sleeps: every call ends with the
 * answer or a `ConnectorFailure` (`unavailable` with `retryAfter` after a 429, `timeout`,
 * `rejected` with Lengow's words). `publishStock` is always `connector/rejected`: Lengow reads
 * stock from the seller's catalogue, its API has no stock route.
 *
 * @param options - the fetch function, the account's API keys and id, and tuning
 * @returns the connector, with `channel: 'lengow'`
 * @throws OrdokitError `lengow/options_invalid` when an option is out of range
 * @example
 * ```ts
 * const api = createLengowApi({ fetch, accessToken: env.LENGOW_TOKEN, secret: env.LENGOW_SECRET, accountId: 1234 });
 * const page = await api.fetchOrders({ cursor: saved }, { tenantId: 'shop-1', now: clock.now() });
 * ```
 */
export function createLengowApi(options: CreateLengowApiOptions): MarketplaceApi {
  if (typeof options.accessToken !== 'string' || options.accessToken.length === 0)
    invalid('accessToken', 'a non-empty string');
  if (typeof options.secret !== 'string' || options.secret.length === 0)
    invalid('secret', 'a non-empty string');
  if (!Number.isSafeInteger(options.accountId) || options.accountId < 1)
    invalid('accountId', 'a positive integer');
  const baseUrl = options.baseUrl ?? defaultBaseUrl;
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*[^\s?#/])?$/.test(baseUrl))
    invalid('baseUrl', 'an http(s) URL without a trailing slash, query or fragment');
  const pageSize = options.pageSize ?? maxPageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize)
    invalid('pageSize', `an integer from 1 to ${String(maxPageSize)}`);
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 3_600_000)
    invalid('timeoutMs', 'an integer from 1 to 3 600 000');
  if (options.since !== undefined && Number.isNaN(Date.parse(options.since)))
    invalid('since', 'an ISO 8601 instant');

  const http = new LengowHttp({
    fetch: options.fetch,
    accessToken: options.accessToken,
    secret: options.secret,
    baseUrl,
    timeoutMs,
  });
  const accountId = options.accountId;
  const actions = {
    accountId,
    carrierName: options.carrierName ?? ((carrier: ParcelCarrier) => carrier.code),
    orderLevelMarketplaces: options.orderLevelMarketplaces ?? [],
  };
  const feed = { accountId, pageSize, since: options.since };

  return {
    channel,
    fetchOrders: (request, context) => readOrderFeed(http, feed, request, context),
    acknowledgeImport: (acks, context) => acknowledgeImports(http, accountId, acks, context),
    sendAction: (request, context) => sendLengowAction(http, actions, request, context),
    getActionResult: (handle, context) => pollLengowAction(http, accountId, handle, context),
    publishStock: () =>
      Promise.resolve(
        err(
          rejected(
            'Lengow has no stock endpoint: it reads stock from the catalogue it imports; publish stock in that catalogue feed',
          ),
        ),
      ),
  };
}
