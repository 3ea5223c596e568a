import {
  createLengowApi,
  type CreateLengowApiOptions,
} from '../../../src/adapters/lengow/index.js';
import type { MarketplaceApi } from '../../../src/ports/index.js';
import { credentials, type FakeLengow } from './_fakeLengow.js';

export const now = '2026-03-10T12:00:00.000Z';
export const context = { tenantId: 'shop-1', now };
export const actionContext = {
  ...context,
  idempotencyKey: 'o-1:channel_action:lengow:3',
  attempt: 1,
};

/** A connector on the local server, with the real global fetch. */
export function apiOn(
  server: FakeLengow,
  options: Partial<CreateLengowApiOptions> = {},
): MarketplaceApi {
  return createLengowApi({ fetch, ...credentials, baseUrl: server.url, ...options });
}

/** The instant `seconds` after `now`. */
export function later(seconds: number): string {
  return new Date(Date.parse(now) + seconds * 1000).toISOString();
}
