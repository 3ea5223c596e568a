import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelActionRequest } from '../../../src/ports/index.js';
import { FakeLengow } from './_fakeLengow.js';
import { actionContext, apiOn, context } from './_support.js';

const server = new FakeLengow();
beforeAll(() => server.start());
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
});

const channelRef = {
  channel: 'lengow',
  channelOrderRef: '402-1111111-2222222',
  marketplace: 'amazon_fr',
};
const base = {
  account_id: 1234,
  marketplace: 'amazon_fr',
  marketplace_order_id: '402-1111111-2222222',
};
const ship: ChannelActionRequest = {
  action: 'ship',
  orderId: 'o-1',
  channelRef,
  parcelId: 'p-1',
  carrier: { code: 'colissimo' },
  tracking: { number: '6A12345678901', carrierCode: 'colissimo', url: 'https://t.example/6A1' },
  lines: [
    { lineId: 'L-1', quantity: 2 },
    { lineId: 'L-2', quantity: 1 },
  ],
};

const posted = () => server.calls('/v3.0/orders/actions/').filter((r) => r.method === 'POST');
const bodies = () => posted().map((r) => JSON.parse(r.body) as unknown);

async function handleOf(request: ChannelActionRequest, attempt = 1) {
  const receipt = await apiOn(server).sendAction(request, { ...actionContext, attempt });
  if (!receipt.ok || receipt.value.state !== 'pending') return expect.fail(JSON.stringify(receipt));
  return receipt.value.handle;
}

describe('sendAction and getActionResult', () => {
  it('accepts a whole order: queued, pending, then done after two polls', async () => {
    const api = apiOn(server);
    const receipt = await api.sendAction(
      { action: 'accept', orderId: 'o-1', channelRef, lines: [] },
      actionContext,
    );
    expect(receipt).toEqual({
      ok: true,
      value: { state: 'pending', handle: '9000000:amazon_fr:402-1111111-2222222' },
    });
    expect(bodies()).toEqual([{ ...base, action_type: 'accept' }]);
    expect(posted()[0]?.contentType).toBe('application/json');
    expect(await api.getActionResult('9000000:amazon_fr:402-1111111-2222222', context)).toEqual({
      ok: true,
      value: { state: 'pending' },
    });
    expect(await api.getActionResult('9000000:amazon_fr:402-1111111-2222222', context)).toEqual({
      ok: true,
      value: { state: 'done' },
    });
    const poll = server.calls('/v3.0/orders/actions/').find((r) => r.method === 'GET');
    expect(Object.fromEntries(poll?.query ?? [])).toEqual({
      account_id: '1234',
      marketplace_order_id: '402-1111111-2222222',
      marketplace: 'amazon_fr',
      page: '1',
    });
  });

  it('ships line by line with line, quantity, carrier and tracking; done when every line is', async () => {
    const handle = await handleOf(ship);
    expect(handle).toBe('9000000,9000001:amazon_fr:402-1111111-2222222');
    const shipBody = {
      ...base,
      action_type: 'ship',
      carrier: 'colissimo',
      tracking_number: '6A12345678901',
      tracking_url: 'https://t.example/6A1',
    };
    expect(bodies()).toEqual([
      { ...shipBody, line: 'L-1', quantity: 2 },
      { ...shipBody, line: 'L-2', quantity: 1 },
    ]);
    const api = apiOn(server);
    expect(await api.getActionResult(handle, context)).toEqual({
      ok: true,
      value: { state: 'pending' },
    });
    expect(await api.getActionResult(handle, context)).toEqual({
      ok: true,
      value: { state: 'done' },
    });
  });

  it('maps the carrier with carrierName and sends whole-order actions on order-level marketplaces', async () => {
    const api = apiOn(server, {
      carrierName: (carrier, marketplace) => `${marketplace}:${carrier.code.toUpperCase()}`,
      orderLevelMarketplaces: ['amazon_fr'],
    });
    const receipt = await api.sendAction(ship, actionContext);
    expect(receipt.ok).toBe(true);
    expect(bodies()).toEqual([
      {
        ...base,
        action_type: 'ship',
        carrier: 'amazon_fr:COLISSIMO',
        tracking_number: '6A12345678901',
        tracking_url: 'https://t.example/6A1',
      },
    ]);
  });

  it('refuses with a reason, cancels by line, refunds by line and quantity', async () => {
    await handleOf({
      action: 'refuse',
      orderId: 'o-1',
      channelRef,
      lines: [],
      reason: 'out of stock',
    });
    await handleOf({
      action: 'cancel',
      orderId: 'o-1',
      channelRef,
      lines: [{ lineId: 'L-2', quantity: 1 }],
      reason: 'buyer asked',
    });
    await handleOf({
      action: 'refund',
      orderId: 'o-1',
      channelRef,
      lines: [{ lineId: 'L-1', quantity: 1 }],
    });
    await handleOf({ action: 'refund', orderId: 'o-1', channelRef, lines: [] });
    expect(bodies()).toEqual([
      { ...base, action_type: 'refuse', reason: 'out of stock' },
      { ...base, action_type: 'cancel', reason: 'buyer asked', line: 'L-2' },
      { ...base, action_type: 'refund', line: 'L-1', quantity: 1 },
      { ...base, action_type: 'refund' },
    ]);
  });

  it('refuses amounts and partial actions it would have to widen, without a call', async () => {
    const api = apiOn(server, { orderLevelMarketplaces: ['cdiscount'] });
    const refund = { action: 'refund' as const, orderId: 'o-1', channelRef, lines: [] };
    const cases: ChannelActionRequest[] = [
      { ...refund, shipping: { amount: '4.90', currency: 'EUR' as const } },
      {
        ...refund,
        lines: [
          { lineId: 'L-1', quantity: 1, amount: { amount: '9.90', currency: 'EUR' as const } },
        ],
      },
      {
        ...refund,
        channelRef: { ...channelRef, marketplace: 'cdiscount' },
        lines: [{ lineId: 'L-1', quantity: 1 }],
      },
      {
        action: 'cancel' as const,
        orderId: 'o-1',
        channelRef: { ...channelRef, marketplace: 'cdiscount' },
        lines: [{ lineId: 'L-1', quantity: 1 }],
      },
    ];
    for (const request of cases) {
      const answer = await api.sendAction(request, actionContext);
      expect(answer.ok ? 'ok' : answer.error.code).toBe('connector/rejected');
    }
    expect(bodies()).toEqual([]);
  });

  it('fails with the marketplace words when Lengow processes the action in error', async () => {
    server.actionOutcome = { polls: 1, result: 'error', message: 'Invalid tracking number' };
    const handle = await handleOf(ship);
    expect(await apiOn(server).getActionResult(handle, context)).toEqual({
      ok: true,
      value: { state: 'failed', detail: 'Invalid tracking number' },
    });
  });

  it('a retry (attempt 2) reuses the action still queued instead of posting it again', async () => {
    const first = await handleOf(ship, 1);
    const again = await handleOf(ship, 2);
    expect(again).toBe(first);
    expect(posted()).toHaveLength(2);
    const lookup = server.calls('/v3.0/orders/actions/').find((r) => r.method === 'GET');
    expect(lookup?.query.get('action_type')).toBe('ship');
    expect(lookup?.query.get('queued')).toBe('True');
  });

  it('a retry posts what is not queued any more', async () => {
    server.actionOutcome = { polls: 1, result: 'done' };
    const first = await handleOf(ship, 1);
    const again = await handleOf(ship, 2); // the lookup itself processed the first actions
    expect(again).not.toBe(first);
    expect(posted()).toHaveLength(4);
  });

  it('finds actions beyond the first page of the order action list', async () => {
    server.actionsPageSize = 2;
    for (let i = 0; i < 4; i++)
      await handleOf({ action: 'accept', orderId: 'o-1', channelRef, lines: [] });
    server.actionOutcome = { polls: 1, result: 'done' };
    const handle = await handleOf({ action: 'accept', orderId: 'o-1', channelRef, lines: [] });
    expect(await apiOn(server).getActionResult(handle, context)).toEqual({
      ok: true,
      value: { state: 'done' },
    });
    expect(server.calls('/v3.0/orders/actions/').filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it.each([
    [
      'accept with lines',
      { action: 'accept', orderId: 'o', channelRef, lines: [{ lineId: 'L-1', quantity: 1 }] },
      'whole orders only',
    ],
    ['deliver', { action: 'deliver', orderId: 'o', channelRef }, 'no deliver action'],
    [
      'no marketplace',
      {
        action: 'accept',
        orderId: 'o',
        channelRef: { channel: 'lengow', channelOrderRef: 'x' },
        lines: [],
      },
      'needs the marketplace',
    ],
    [
      'too many lines',
      {
        ...ship,
        lines: Array.from({ length: 30 }, (_, i) => ({ lineId: `L-${String(i)}`, quantity: 1 })),
      },
      'too many',
    ],
  ] as [string, ChannelActionRequest, string][])(
    '%s is rejected before any call',
    async (_name, request, words) => {
      const result = await apiOn(server).sendAction(request, actionContext);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'connector/rejected', target: 'lengow' },
      });
      if (!result.ok) expect(result.error.detail).toContain(words);
      expect(server.requests).toEqual([]);
    },
  );

  it('Lengow refusing an action (4xx, 530) is rejected; its downtime is unavailable', async () => {
    server.fail([{ kind: '530' }], 'api');
    expect(await apiOn(server).sendAction(ship, actionContext)).toMatchObject({
      ok: false,
      error: { code: 'connector/rejected', detail: '530: Scheduled 530' },
    });
    server.fail([{ kind: '503' }], 'api');
    expect(await apiOn(server).sendAction(ship, actionContext)).toMatchObject({
      ok: false,
      error: { code: 'connector/unavailable' },
    });
    server.fail([{ kind: 'badJson' }], 'api');
    expect(await apiOn(server).sendAction(ship, actionContext)).toMatchObject({
      ok: false,
      error: { code: 'connector/unavailable' },
    });
  });

  it.each(['', 'abc', '12:amazon_fr', ':amazon_fr:x', '1;2:amazon_fr:x', '1::x'])(
    'a handle that is not one of its own (%j) is rejected without a call',
    async (handle) => {
      const result = await apiOn(server).getActionResult(handle, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'connector/rejected' } });
      expect(server.requests).toEqual([]);
    },
  );

  it('an action Lengow does not list is rejected', async () => {
    const result = await apiOn(server).getActionResult('77:amazon_fr:402-1111111-2222222', context);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'connector/rejected',
        target: 'lengow',
        detail: 'Lengow lists no action 77 on order 402-1111111-2222222',
      },
    });
  });
});
