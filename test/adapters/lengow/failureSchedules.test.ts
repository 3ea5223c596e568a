import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ActionReceiptSchema, ActionResultSchema } from '../../../src/ports/index.js';
import type { ChannelActionRequest, ConnectorFailure } from '../../../src/ports/index.js';
import type { Result } from '../../../src/result/index.js';
import { FakeLengow, makeOrders, type Failure } from './_fakeLengow.js';
import { actionContext, apiOn, context } from './_support.js';

const server = new FakeLengow();
beforeAll(() => server.start());
afterAll(() => server.close());

const ship: ChannelActionRequest = {
  action: 'ship',
  orderId: 'o-1',
  channelRef: {
    channel: 'lengow',
    channelOrderRef: '402-0000000-0000001',
    marketplace: 'amazon_fr',
  },
  parcelId: 'p-1',
  carrier: { code: 'colissimo' },
  tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
  lines: [
    { lineId: 'L-1', quantity: 2 },
    { lineId: 'L-2', quantity: 3 },
  ],
};

const failureArb: fc.Arbitrary<Failure> = fc.oneof(
  fc.record({
    kind: fc.constant('429' as const),
    retryAfter: fc.oneof(
      fc.nat({ max: 100_000 }).map(String),
      fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    ),
  }),
  fc.constantFrom<Failure>(
    { kind: '401' },
    { kind: '404' },
    { kind: '500' },
    { kind: '503' },
    { kind: '530' },
    { kind: '540' },
    { kind: 'html' },
    { kind: 'badJson' },
    { kind: 'hang' },
    { kind: 'reset' },
  ),
);

const operationArb = fc.constantFrom(
  'fetchOrders',
  'fetchAll',
  'sendAction',
  'retryAction',
  'getActionResult',
  'acknowledgeImport',
);

const codes = ['connector/unavailable', 'connector/timeout', 'connector/rejected'];

function checkFailure(error: ConnectorFailure): void {
  expect(codes).toContain(error.code);
  expect(error.target).toBe('lengow');
  expect(typeof error.detail).toBe('string');
  expect(error.detail?.length).toBeLessThanOrEqual(500);
  const retryAfter: unknown = (error as { retryAfter?: unknown }).retryAfter;
  if (retryAfter !== undefined) {
    expect(error.code).toBe('connector/unavailable');
    expect(typeof retryAfter).toBe('string');
    expect(new Date(retryAfter as string).toISOString()).toBe(retryAfter);
  }
}

describe('createLengowApi under failure schedules', () => {
  test.prop([fc.array(failureArb, { maxLength: 6 }), operationArb], { numRuns: 120 })(
    'never throws: every call ends ok or with a typed connector failure',
    async (schedule, operation) => {
      server.reset();
      server.orders = makeOrders(7);
      const api = apiOn(server, { timeoutMs: 100, pageSize: 3, since: '2026-02-01T00:00:00Z' });
      // An action to poll, made before the failures start.
      const created = await apiOn(server).sendAction(ship, actionContext);
      if (!created.ok || created.value.state !== 'pending') {
        return expect.fail(`setup failed: ${JSON.stringify(created)}`);
      }
      const handle = created.value.handle;
      server.fail(schedule);

      let results: Result<unknown, ConnectorFailure>[];
      switch (operation) {
        case 'fetchOrders':
          results = [await api.fetchOrders({}, context)];
          break;
        case 'fetchAll': {
          results = [];
          let cursor: string | undefined;
          for (let i = 0; i < 6; i++) {
            const page = await api.fetchOrders(cursor === undefined ? {} : { cursor }, context);
            results.push(page);
            if (page.ok) cursor = page.value.nextCursor;
          }
          break;
        }
        case 'sendAction':
          results = [await api.sendAction(ship, actionContext)];
          break;
        case 'retryAction':
          results = [await api.sendAction(ship, { ...actionContext, attempt: 2 })];
          break;
        case 'getActionResult':
          results = [await api.getActionResult(handle, context)];
          break;
        default:
          results = [
            await api.acknowledgeImport(
              [
                {
                  channelOrderRef: '402-0000000-0000001',
                  marketplace: 'amazon_fr',
                  orderId: 'o-1',
                },
              ],
              context,
            ),
          ];
      }
      for (const result of results) {
        if (!result.ok) {
          checkFailure(result.error);
          continue;
        }
        if (operation === 'sendAction' || operation === 'retryAction') {
          expect(ActionReceiptSchema.safeParse(result.value).success).toBe(true);
        }
        if (operation === 'getActionResult') {
          expect(ActionResultSchema.safeParse(result.value).success).toBe(true);
        }
      }
    },
    60_000,
  );
});
