/**
 * The reference HTTP connector: Lengow API v3 as a `MarketplaceApi` (order feed with a cursor
 * that survives restarts, import acknowledgement, queued actions and their results), over a
 * `fetch` you pass in. Map the payloads it reads with `fromLengowOrder`.
 *
 * @packageDocumentation
 */
export { createLengowApi } from './createLengowApi.js';
export type { CreateLengowApiOptions } from './createLengowApi.js';
export type { FetchLike, FetchLikeInit, FetchLikeResponse } from './fetchLike.js';
export type { LengowError, LengowOptionsInvalid } from './errors.js';
export { lengowMessages } from './messages.js';
