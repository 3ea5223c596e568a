/**
 * The part of a `fetch` Response the Lengow connector reads: the status, one header and the body
 * as text. The global `Response`, undici's and node-fetch's all fit.
 */
export interface FetchLikeResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The request the Lengow connector makes: a method, headers, an optional body and signal. */
export interface FetchLikeInit {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal?: AbortSignal;
}

/**
 * A `fetch` function, typed by what the connector uses: pass the global `fetch`, undici's, or a
 * test double. The connector never reaches for a global one.
 *
 * @example
 * ```ts
 * const api = createLengowApi({ fetch, accessToken, secret, accountId: 1234 });
 * ```
 */
export type FetchLike = (url: string, init: FetchLikeInit) => Promise<FetchLikeResponse>;
