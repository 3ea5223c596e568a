import { describe, expect, it } from 'vitest';
import {
  amazonSpApiProfile,
  connectMarketplace,
  isOrdokitError,
  lengowProfile,
  miraklProfile,
  shoppingFeedProfile,
  type ChannelProfile,
  type ConnectorContext,
  type StatusPush,
  type TrackingPush,
} from '../../src/index.js';
import {
  fakeChannelApi,
  testJournal,
  type FakeChannelApi,
  type TestJournal,
} from './_channelApi.js';
import { failure, value } from './_support.js';

const now = '2025-03-01T10:00:00.000Z';
const context: ConnectorContext = {
  tenantId: 'shop-1',
  now,
  idempotencyKey: 'ord-1:marketplace.push_status:lengow:2',
  attempt: 1,
};

interface Rig {
  readonly fake: FakeChannelApi;
  readonly journal: TestJournal;
  readonly connector: ReturnType<typeof connectMarketplace>;
}

function rig(profile: ChannelProfile = lengowProfile): Rig {
  const fake = fakeChannelApi(profile.code);
  const journal = testJournal();
  const connector = connectMarketplace({ api: fake.api, profile, journal });
  return { fake, journal, connector };
}

function statusPush(
  channel: string,
  status: StatusPush['status'],
  cancelled: StatusPush['cancelled'] = [],
  channelStatus?: string,
): StatusPush {
  return {
    orderId: 'ord-1',
    channelRef: { channel, channelOrderRef: 'MP-1' },
    status,
    cancelled,
    ...(channelStatus === undefined ? {} : { channelStatus }),
  };
}

function trackingPush(channel: string, channelStatus?: string): TrackingPush {
  return {
    orderId: 'ord-1',
    channelRef: { channel, channelOrderRef: 'MP-1' },
    parcelId: 'P1',
    carrier: { code: 'colissimo' },
    tracking: { number: '6A000001', carrierCode: 'colissimo' },
    lines: [{ lineId: 'L1', quantity: 2 }],
    ...(channelStatus === undefined ? {} : { channelStatus }),
  };
}

const actions = (fake: FakeChannelApi) => fake.calls.map((c) => c.request.action);
const lines = (fake: FakeChannelApi) =>
  fake.calls.map((c) => ('lines' in c.request ? c.request.lines : undefined));

describe('connectMarketplace: status pushes become channel actions', () => {
  it('accepts the whole order once, under a key made of channel, order, action and hash', async () => {
    const { fake, journal, connector } = rig();
    expect(connector.channel).toBe('lengow');
    value(await connector.pushStatus(statusPush('lengow', 'accepted'), context));
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call?.request).toEqual({
      action: 'accept',
      orderId: 'ord-1',
      channelRef: { channel: 'lengow', channelOrderRef: 'MP-1' },
      lines: [],
    });
    expect(call?.context.idempotencyKey).toMatch(/^lengow:ord-1:accept:[0-9a-f]{16}$/);
    expect(call?.context).toMatchObject({ tenantId: 'shop-1', now, attempt: 1 });
    const [entry] = journal.entries();
    expect(entry).toMatchObject({
      tenantId: 'shop-1',
      channel: 'lengow',
      orderId: 'ord-1',
      action: 'accept',
      state: 'done',
      attempts: 1,
    });
    expect(call?.context.idempotencyKey).toBe(`lengow:ord-1:accept:${entry?.payloadHash ?? ''}`);

    value(await connector.pushStatus(statusPush('lengow', 'accepted'), context));
    expect(fake.calls).toHaveLength(1);
  });

  it('refuses the order', async () => {
    const { fake, connector } = rig();
    value(await connector.pushStatus(statusPush('lengow', 'refused'), context));
    expect(actions(fake)).toEqual(['refuse']);
  });

  it('sends nothing for statuses without a channel action', async () => {
    const { fake, journal, connector } = rig();
    for (const status of ['created', 'in_preparation', 'shipped', 'closed'] as const) {
      value(await connector.pushStatus(statusPush('lengow', status), context));
    }
    expect(fake.calls).toEqual([]);
    expect(journal.entries()).toEqual([]);
  });

  it('delivers only where the profile has a deliver action', async () => {
    const lengow = rig();
    value(await lengow.connector.pushStatus(statusPush('lengow', 'delivered'), context));
    expect(lengow.fake.calls).toEqual([]);
    const shoppingFeed = rig(shoppingFeedProfile);
    value(
      await shoppingFeed.connector.pushStatus(statusPush('shoppingfeed', 'delivered'), context),
    );
    expect(actions(shoppingFeed.fake)).toEqual(['deliver']);
  });

  it('rejects an action the profile lacks, naming it, without calling the channel', async () => {
    const { fake, journal, connector } = rig(amazonSpApiProfile);
    const error = failure(
      await connector.pushStatus(statusPush('amazon_sp_api', 'refused'), context),
    );
    expect(error).toEqual({
      code: 'connector/rejected',
      target: 'amazon_sp_api',
      detail: 'amazon_sp_api has no refuse action',
    });
    expect(fake.calls).toEqual([]);
    expect(journal.entries()).toEqual([]);
  });
});

describe('connectMarketplace: cancellations are sent as deltas', () => {
  it('sends what the cumulative units add to the earlier cancellations, once', async () => {
    const { fake, connector } = rig(miraklProfile);
    const push = (cancelled: StatusPush['cancelled'], status: StatusPush['status'] = 'accepted') =>
      connector.pushStatus(statusPush('mirakl', status, cancelled), context);
    value(await push([{ lineId: 'L1', quantity: 1 }]));
    value(
      await push([
        { lineId: 'L1', quantity: 2 },
        { lineId: 'L2', quantity: 1 },
      ]),
    );
    // The same cumulative again, and an older one: nothing new to cancel.
    value(
      await push([
        { lineId: 'L2', quantity: 1 },
        { lineId: 'L1', quantity: 2 },
      ]),
    );
    value(await push([{ lineId: 'L1', quantity: 1 }]));
    value(
      await push(
        [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
          { lineId: 'L3', quantity: 4 },
        ],
        'cancelled',
      ),
    );
    expect(actions(fake)).toEqual(['accept', 'cancel', 'cancel', 'cancel']);
    expect(lines(fake).slice(1)).toEqual([
      [{ lineId: 'L1', quantity: 1 }],
      [
        { lineId: 'L1', quantity: 1 },
        { lineId: 'L2', quantity: 1 },
      ],
      [{ lineId: 'L3', quantity: 4 }],
    ]);
  });

  it('keeps two equal deltas apart: one unit now, one more later, are two cancellations', async () => {
    const { fake, connector } = rig(miraklProfile);
    value(
      await connector.pushStatus(
        statusPush('mirakl', 'in_preparation', [{ lineId: 'L1', quantity: 1 }]),
        context,
      ),
    );
    value(
      await connector.pushStatus(
        statusPush('mirakl', 'in_preparation', [{ lineId: 'L1', quantity: 2 }]),
        context,
      ),
    );
    expect(lines(fake)).toEqual([[{ lineId: 'L1', quantity: 1 }], [{ lineId: 'L1', quantity: 1 }]]);
    expect(new Set(fake.calls.map((c) => c.context.idempotencyKey)).size).toBe(2);
  });

  it('cancels whole orders on a channel that takes no partial cancellation', async () => {
    const { fake, connector } = rig(shoppingFeedProfile);
    const cancelled = [
      { lineId: 'L1', quantity: 2 },
      { lineId: 'L2', quantity: 1 },
    ];
    value(await connector.pushStatus(statusPush('shoppingfeed', 'cancelled', cancelled), context));
    value(await connector.pushStatus(statusPush('shoppingfeed', 'cancelled', cancelled), context));
    expect(actions(fake)).toEqual(['cancel']);
    expect(lines(fake)).toEqual([[]]);
  });

  it('rejects a partial cancellation where the profile cancels whole orders only', async () => {
    const { fake, journal, connector } = rig(shoppingFeedProfile);
    const push = statusPush('shoppingfeed', 'in_preparation', [{ lineId: 'L2', quantity: 1 }]);
    const error = failure(await connector.pushStatus(push, context));
    expect(error.code).toBe('connector/rejected');
    expect(error.detail).toContain('shoppingfeed cancels whole orders only');
    expect(fake.calls).toEqual([]);
    expect(journal.entries()).toEqual([]);
  });

  it('does not count a refused cancellation: the next cumulative sends its units again', async () => {
    const { fake, connector } = rig(miraklProfile);
    fake.script.push('rejected');
    const first = statusPush('mirakl', 'in_preparation', [{ lineId: 'L1', quantity: 1 }]);
    expect(failure(await connector.pushStatus(first, context))).toEqual({
      code: 'connector/rejected',
      target: 'mirakl',
      detail: '422 cancel refused',
    });
    // The same push again: the recorded refusal, without a call.
    expect(failure(await connector.pushStatus(first, context)).detail).toBe('422 cancel refused');
    expect(fake.calls).toHaveLength(1);
    const second = statusPush('mirakl', 'in_preparation', [{ lineId: 'L1', quantity: 2 }]);
    value(await connector.pushStatus(second, context));
    expect(lines(fake)[1]).toEqual([{ lineId: 'L1', quantity: 2 }]);
  });
});

describe('connectMarketplace: the status last observed on the channel', () => {
  it('rejects an action not allowed at a final status (nothing will change there)', async () => {
    const { fake, connector } = rig();
    const error = failure(await connector.pushTracking(trackingPush('lengow', 'closed'), context));
    expect(error).toEqual({
      code: 'connector/rejected',
      target: 'lengow',
      detail:
        'lengow does not allow ship at status closed, which is final (allowed at: waiting_shipment)',
    });
    expect(fake.calls).toEqual([]);
  });

  it('sends an action not allowed at a status that is not final: observations lag', async () => {
    const { fake, connector } = rig();
    // We accepted; the channel still said waiting_acceptance at the last sync.
    value(await connector.pushTracking(trackingPush('lengow', 'waiting_acceptance'), context));
    expect(actions(fake)).toEqual(['ship']);
  });

  it('sends nothing when the channel shows the outcome already', async () => {
    const { fake, connector } = rig();
    value(
      await connector.pushStatus(statusPush('lengow', 'accepted', [], 'waiting_shipment'), context),
    );
    value(await connector.pushStatus(statusPush('lengow', 'refused', [], 'refused'), context));
    expect(fake.calls).toEqual([]);
  });

  it('sends an action allowed at the observed status', async () => {
    const { fake, connector } = rig();
    value(
      await connector.pushStatus(
        statusPush('lengow', 'accepted', [], 'waiting_acceptance'),
        context,
      ),
    );
    expect(actions(fake)).toEqual(['accept']);
  });
});

describe('connectMarketplace: tracking pushes', () => {
  it('ships the parcel with its carrier, tracking and lines, once', async () => {
    const { fake, connector } = rig();
    value(await connector.pushTracking(trackingPush('lengow'), context));
    value(await connector.pushTracking(trackingPush('lengow'), context));
    expect(fake.calls.map((c) => c.request)).toEqual([
      {
        action: 'ship',
        orderId: 'ord-1',
        channelRef: { channel: 'lengow', channelOrderRef: 'MP-1' },
        parcelId: 'P1',
        carrier: { code: 'colissimo' },
        tracking: { number: '6A000001', carrierCode: 'colissimo' },
        lines: [{ lineId: 'L1', quantity: 2 }],
      },
    ]);
  });
});

describe('connectMarketplace: failures, retries and crashes', () => {
  it('retries an unavailable channel under the same key, with the next attempt number', async () => {
    const { fake, journal, connector } = rig();
    fake.script.push('unavailable');
    const error = failure(await connector.pushTracking(trackingPush('lengow'), context));
    expect(error).toEqual({ code: 'connector/unavailable', target: 'lengow', detail: '503' });
    expect(journal.entries()[0]).toMatchObject({ state: 'sending', attempts: 1, detail: '503' });
    value(await connector.pushTracking(trackingPush('lengow'), context));
    expect(fake.calls.map((c) => c.context.attempt)).toEqual([1, 2]);
    const keys = fake.calls.map((c) => c.context.idempotencyKey);
    expect(keys[0]).toBe(keys[1]);
    expect(fake.acted).toHaveLength(1);
    expect(journal.entries()[0]).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('acts once when a timeout hid that the channel acted', async () => {
    const { fake, connector } = rig();
    fake.script.push('timeout_acted');
    expect(failure(await connector.pushTracking(trackingPush('lengow'), context)).code).toBe(
      'connector/timeout',
    );
    value(await connector.pushTracking(trackingPush('lengow'), context));
    expect(fake.calls).toHaveLength(2);
    expect(fake.acted).toHaveLength(1);
  });

  it('records a queued action as pending with its handle, and does not send it again', async () => {
    const { fake, journal, connector } = rig();
    fake.script.push('pending');
    value(await connector.pushTracking(trackingPush('lengow'), context));
    value(await connector.pushTracking(trackingPush('lengow'), context));
    expect(fake.calls).toHaveLength(1);
    expect(journal.entries()[0]).toMatchObject({ state: 'pending', handle: 'H1', attempts: 1 });
  });

  it('sends again after a crash between the send and the record, and the channel acts once', async () => {
    const { fake, journal, connector } = rig();
    journal.crashNextRecord();
    await expect(connector.pushTracking(trackingPush('lengow'), context)).rejects.toThrow('crash');
    // The send was counted before it started: the retry is attempt 2, under the same key.
    expect(journal.entries()[0]).toMatchObject({ state: 'sending', attempts: 1 });
    value(await connector.pushTracking(trackingPush('lengow'), context));
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls.map((c) => c.context.attempt)).toEqual([1, 2]);
    expect(fake.calls[1]?.context.idempotencyKey).toBe(fake.calls[0]?.context.idempotencyKey);
    expect(fake.acted).toHaveLength(1);
    expect(journal.entries()[0]).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('settles a cancellation left sending before it computes the next delta', async () => {
    const { fake, journal, connector } = rig(miraklProfile);
    journal.crashNextRecord();
    const first = statusPush('mirakl', 'in_preparation', [{ lineId: 'L1', quantity: 1 }]);
    await expect(connector.pushStatus(first, context)).rejects.toThrow('crash');
    const second = statusPush('mirakl', 'in_preparation', [{ lineId: 'L1', quantity: 3 }]);
    value(await connector.pushStatus(second, context));
    value(await connector.pushStatus(first, context));
    expect(fake.acted.map((r) => ('lines' in r ? r.lines : []))).toEqual([
      [{ lineId: 'L1', quantity: 1 }],
      [{ lineId: 'L1', quantity: 2 }],
    ]);
    expect(journal.entries().map((e) => e.state)).toEqual(['done', 'done']);
  });

  it('keeps going after a refusal and reports it; stops at a failure worth retrying', async () => {
    const { fake, connector } = rig(miraklProfile);
    const push = statusPush('mirakl', 'accepted', [{ lineId: 'L2', quantity: 1 }]);
    fake.script.push('rejected');
    expect(failure(await connector.pushStatus(push, context)).detail).toBe('422 accept refused');
    expect(actions(fake)).toEqual(['accept', 'cancel']);
    const other = rig(miraklProfile);
    other.fake.script.push('unavailable');
    expect(failure(await other.connector.pushStatus(push, context)).code).toBe(
      'connector/unavailable',
    );
    expect(actions(other.fake)).toEqual(['accept']);
  });

  it('reads a throwing API or an answer that is not a receipt as failures, never throws', async () => {
    const journal = testJournal();
    const fake = fakeChannelApi('lengow');
    const throwing = connectMarketplace({
      api: { ...fake.api, sendAction: () => Promise.reject(new Error('socket hang up')) },
      profile: lengowProfile,
      journal,
    });
    expect(failure(await throwing.pushTracking(trackingPush('lengow'), context))).toEqual({
      code: 'connector/unavailable',
      target: 'lengow',
      detail: 'socket hang up',
    });
    const odd = connectMarketplace({
      api: {
        ...fake.api,
        sendAction: () => Promise.resolve({ ok: true, value: { state: 'queued' } } as never),
      },
      profile: lengowProfile,
      journal: testJournal(),
    });
    // The channel may have acted: the outbox must retry (unavailable), not give up (rejected).
    expect(failure(await odd.pushTracking(trackingPush('lengow'), context))).toEqual({
      code: 'connector/unavailable',
      target: 'lengow',
      detail: 'unexpected answer: not an action receipt',
    });
  });
});

describe('connectMarketplace: send', () => {
  it('sends any action through the journal and returns its entry', async () => {
    const { fake, connector } = rig();
    const refund = {
      action: 'refund' as const,
      orderId: 'ord-1',
      channelRef: { channel: 'lengow', channelOrderRef: 'MP-1' },
      lines: [{ lineId: 'L1', quantity: 1, amount: { amount: '10.00', currency: 'EUR' as const } }],
    };
    const entry = value(await connector.send(refund, { tenantId: 'shop-1', now }));
    expect(entry).toMatchObject({ action: 'refund', state: 'done', request: refund });
    // The same request with its keys in another order is the same action.
    const reordered = {
      lines: refund.lines,
      channelRef: refund.channelRef,
      orderId: 'ord-1',
      action: 'refund' as const,
    };
    expect(value(await connector.send(reordered, { tenantId: 'shop-1', now }))).toEqual(entry);
    expect(fake.calls).toHaveLength(1);
  });

  it('returns undefined when the channel shows the outcome, and rejects an invalid request', async () => {
    const { fake, connector } = rig();
    const cancel = {
      action: 'cancel' as const,
      orderId: 'ord-1',
      channelRef: { channel: 'lengow', channelOrderRef: 'MP-1' },
      lines: [],
    };
    expect(
      value(await connector.send(cancel, { tenantId: 'shop-1', now, channelStatus: 'canceled' })),
    ).toBeUndefined();
    const invalid = { ...cancel, lines: [{ lineId: 'L1', quantity: -1 }] };
    expect(failure(await connector.send(invalid, { tenantId: 'shop-1', now }))).toEqual({
      code: 'connector/rejected',
      target: 'lengow',
      detail: 'invalid action request at lines.0.quantity',
    });
    expect(fake.calls).toEqual([]);
  });
});

describe('connectMarketplace: options', () => {
  it('throws engine/config_invalid when the profile is not the API channel', () => {
    const fake = fakeChannelApi('amazon');
    let thrown: unknown;
    try {
      connectMarketplace({ api: fake.api, profile: lengowProfile, journal: testJournal() });
    } catch (e) {
      thrown = e;
    }
    expect(isOrdokitError(thrown) && thrown.detail).toEqual({
      code: 'engine/config_invalid',
      field: 'profile.code',
      expected: 'matching_key',
    });
  });
});

describe('connectMarketplace: pushes that say why they are sent', () => {
  const caused = (
    status: StatusPush['status'],
    cause: NonNullable<StatusPush['cause']>,
    cancelled: StatusPush['cancelled'],
    cancelledNow?: StatusPush['cancelled'],
  ): StatusPush => ({
    ...statusPush('lengow', status, cancelled),
    cause,
    ...(cancelledNow === undefined ? {} : { cancelledNow }),
  });
  const withKey = (seq: number): ConnectorContext => ({
    ...context,
    idempotencyKey: `ord-1:marketplace.push_status:lengow:${String(seq)}`,
  });

  it('cancels exactly the units of this cancellation, never those the channel cancelled', async () => {
    const { fake, connector } = rig();
    // The channel cancelled one unit of L1 itself; the seller now cancels one unit of L2.
    const push = caused(
      'accepted',
      'lines_cancelled',
      [
        { lineId: 'L1', quantity: 1 },
        { lineId: 'L2', quantity: 1 },
      ],
      [{ lineId: 'L2', quantity: 1 }],
    );
    value(await connector.pushStatus(push, withKey(5)));
    expect(actions(fake)).toEqual(['cancel']);
    expect(lines(fake)).toEqual([[{ lineId: 'L2', quantity: 1 }]]);
  });

  it('sends no accept for an order that did not need one', async () => {
    const { fake, connector } = rig();
    const push = caused(
      'accepted',
      'lines_cancelled',
      [{ lineId: 'L2', quantity: 1 }],
      [{ lineId: 'L2', quantity: 1 }],
    );
    value(await connector.pushStatus(push, withKey(5)));
    expect(actions(fake)).toEqual(['cancel']);
  });

  it('sends two equal cancellations of two events twice, and a retried one once', async () => {
    const { fake, connector } = rig();
    const first = caused(
      'accepted',
      'lines_cancelled',
      [{ lineId: 'L1', quantity: 1 }],
      [{ lineId: 'L1', quantity: 1 }],
    );
    const second = caused(
      'accepted',
      'lines_cancelled',
      [{ lineId: 'L1', quantity: 2 }],
      [{ lineId: 'L1', quantity: 1 }],
    );
    value(await connector.pushStatus(first, withKey(5)));
    value(await connector.pushStatus(first, { ...withKey(5), attempt: 2 }));
    value(await connector.pushStatus(second, withKey(6)));
    expect(lines(fake)).toEqual([[{ lineId: 'L1', quantity: 1 }], [{ lineId: 'L1', quantity: 1 }]]);
  });

  it('cancels the whole order on a channel that cancels whole orders only', async () => {
    const { fake, connector } = rig(shoppingFeedProfile);
    const push: StatusPush = {
      ...statusPush('shoppingfeed', 'cancelled', [{ lineId: 'L1', quantity: 2 }]),
      cause: 'lines_cancelled',
      cancelledNow: [{ lineId: 'L1', quantity: 2 }],
    };
    value(await connector.pushStatus(push, withKey(5)));
    expect(lines(fake)).toEqual([[]]);
  });

  it('sends only the accept of an acceptance, whatever was cancelled before', async () => {
    const { fake, connector } = rig();
    value(
      await connector.pushStatus(
        caused('accepted', 'accepted', [{ lineId: 'L1', quantity: 1 }]),
        withKey(3),
      ),
    );
    expect(actions(fake)).toEqual(['accept']);
  });
});

describe('connectMarketplace: send with the host key', () => {
  const refund = {
    action: 'refund' as const,
    orderId: 'ord-1',
    channelRef: { channel: 'lengow', channelOrderRef: 'MP-1' },
    lines: [{ lineId: 'L1', quantity: 1 }],
  };
  const at = { tenantId: 'shop-1', now };

  it('sends the same request once without a key, and once per distinct key', async () => {
    const { fake, connector } = rig();
    value(await connector.send(refund, at));
    value(await connector.send(refund, at));
    expect(fake.calls).toHaveLength(1);
    value(await connector.send(refund, { ...at, key: 'refund-2' }));
    value(await connector.send(refund, { ...at, key: 'refund-2' }));
    value(await connector.send(refund, { ...at, key: 'refund-3' }));
    expect(fake.calls).toHaveLength(3);
  });
});
