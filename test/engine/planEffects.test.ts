import { describe, expect, it } from 'vitest';
import {
  EffectSchema,
  apply,
  decide,
  type Actor,
  type Order,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from '../../src/index.js';
import { planEffects, type PlanEffectsOptions } from '../../src/engine/index.js';
import { threeLineOrder } from '../order/_lifecycle.js';
import { recordingConnectors } from './_support.js';

const at = '2025-03-01T10:00:00Z';
const seller: Actor = { kind: 'system', id: 'host' };
const { connectors } = recordingConnectors();
const all: PlanEffectsOptions = { connectors };

type Draft = OrderCommand extends infer C
  ? C extends OrderCommand
    ? Omit<C, 'at' | 'actor'>
    : never
  : never;

/** Decides commands in turn; returns the state before the last one and its events. */
function run(
  order: Order,
  needsAcceptance: boolean,
  drafts: readonly Draft[],
): { readonly before: OrderState; readonly events: readonly OrderEvent[] } {
  const commands: OrderCommand[] = [
    { type: 'capture', at, actor: seller, order, needsAcceptance },
    ...drafts.map((d) => ({ ...d, at, actor: seller })),
  ];
  let state: OrderState | undefined;
  let events: readonly OrderEvent[] = [];
  let before: OrderState | undefined;
  for (const command of commands) {
    const decided = decide(state, command);
    if (!decided.ok) throw new Error(`${command.type}: ${decided.error.code}`);
    before = state;
    events = decided.value;
    state = events.reduce<OrderState | undefined>(apply, state);
  }
  return { before: before as OrderState, events };
}

const kinds = (effects: ReturnType<typeof planEffects>) =>
  effects.map((e) => `${e.effect.kind}→${e.effect.target}`);

describe('planEffects', () => {
  it('plans preparation, sale and confirmation when the order is accepted', () => {
    const { events } = run(threeLineOrder(), false, []);
    const effects = planEffects(undefined, events, all);
    expect(kinds(effects)).toEqual([
      'wms.prepare→main-wms',
      'erp.record_sale→odoo',
      'buyer.notify→buyer',
    ]);
    expect(effects.map((e) => e.key)).toEqual([
      'ord_0001:wms.prepare:main-wms:2',
      'ord_0001:erp.record_sale:odoo:2',
      'ord_0001:buyer.notify:buyer:2',
    ]);
    expect(effects.every((e) => e.causedBySeq === 2 && e.createdAt === at)).toBe(true);
    const prepare = effects[0]?.effect;
    expect(prepare?.kind === 'wms.prepare' && prepare.payload.lines).toEqual([
      { lineId: 'L1', sku: 'MUG-RED', title: 'Red mug', quantity: 2 },
      { lineId: 'L2', sku: 'TEA-50', title: 'Green tea', quantity: 1 },
      expect.objectContaining({ lineId: 'L3', quantity: 3 }),
    ]);
    const sale = effects[1]?.effect;
    expect(sale?.kind === 'erp.record_sale' && sale.payload.draft).toBe(false);
    for (const e of effects) expect(EffectSchema.safeParse(e.effect).success).toBe(true);
  });

  it('sends the sale as a draft when invoicing is deferred', () => {
    const { events } = run(threeLineOrder(), false, []);
    const sale = planEffects(undefined, events, { ...all, deferInvoicing: true })[1]?.effect;
    expect(sale?.kind === 'erp.record_sale' && sale.payload.draft).toBe(true);
  });

  it('pushes the acceptance to a channel that asked for it', () => {
    const { before, events } = run(threeLineOrder(), true, [{ type: 'accept' }]);
    const effects = planEffects(before, events, all);
    expect(kinds(effects)[0]).toBe('marketplace.push_status→amazon');
    const push = effects[0]?.effect;
    expect(push?.kind === 'marketplace.push_status' && push.payload).toMatchObject({
      status: 'accepted',
      cancelled: [],
    });
  });

  it('plans only for the systems configured', () => {
    const { events } = run(threeLineOrder(), false, []);
    expect(planEffects(undefined, events, { connectors: {} })).toEqual([]);
    const notifier = connectors.notifier;
    if (notifier === undefined) throw new Error('fixture');
    expect(kinds(planEffects(undefined, events, { connectors: { notifier } }))).toEqual([
      'buyer.notify→buyer',
    ]);
  });

  it('tells the channel about cancellations it did not ask for, with the running totals', () => {
    const { before, events } = run(threeLineOrder(), false, [
      {
        type: 'cancelLines',
        lines: [{ lineId: 'L1', quantity: 1 }],
        requestedBy: 'seller',
        reasonCode: 'out_of_stock',
      },
      {
        type: 'cancelLines',
        lines: [{ lineId: 'L1', quantity: 1 }],
        requestedBy: 'buyer',
        reasonCode: 'buyer_request',
      },
    ]);
    const effects = planEffects(before, events, all);
    expect(kinds(effects)).toEqual(['marketplace.push_status→amazon']);
    const push = effects[0]?.effect;
    expect(push?.kind === 'marketplace.push_status' && push.payload.cancelled).toEqual([
      { lineId: 'L1', quantity: 2 },
    ]);
    // Why it is pushed, and the units of this cancellation only (the buyer's one unit).
    expect(push?.kind === 'marketplace.push_status' && push.payload.cause).toBe('lines_cancelled');
    expect(push?.kind === 'marketplace.push_status' && push.payload.cancelledNow).toEqual([
      { lineId: 'L1', quantity: 1 },
    ]);
    expect(effects[0]?.key).toBe('ord_0001:marketplace.push_status:amazon:4');
  });

  it('says why it pushes a refusal, and carries no units cancelled now', () => {
    const { before, events } = run(threeLineOrder(), true, [
      { type: 'refuse', reasonCode: 'out_of_stock' },
    ]);
    const push = planEffects(before, events, all)[0]?.effect;
    expect(push?.kind === 'marketplace.push_status' && push.payload.cause).toBe('refused');
    expect(push !== undefined && 'cancelledNow' in push.payload).toBe(false);
  });

  it('plans nothing for a cancellation the channel asked for', () => {
    const { before, events } = run(threeLineOrder(), false, [
      {
        type: 'cancelLines',
        lines: [{ lineId: 'L2', quantity: 1 }],
        requestedBy: 'channel',
        reasonCode: 'channel_cancelled',
      },
    ]);
    expect(planEffects(before, events, all)).toEqual([]);
  });

  it('tells the buyer when the order becomes cancelled', () => {
    const { before, events } = run(threeLineOrder(), false, [
      {
        type: 'cancelLines',
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
          { lineId: 'L3', quantity: 3 },
        ],
        requestedBy: 'seller',
        reasonCode: 'out_of_stock',
      },
    ]);
    const effects = planEffects(before, events, all);
    expect(kinds(effects)).toEqual(['marketplace.push_status→amazon', 'buyer.notify→buyer']);
    const [push, notify] = effects.map((e) => e.effect);
    expect(push?.kind === 'marketplace.push_status' && push.payload.status).toBe('cancelled');
    expect(notify?.kind === 'buyer.notify' && notify.payload.template).toBe('order_cancelled');
  });

  it('plans nothing for the acceptance when the same batch cancels everything', () => {
    const captured = decide(undefined, {
      type: 'capture',
      at,
      actor: seller,
      order: threeLineOrder(),
      needsAcceptance: false,
    });
    if (!captured.ok) throw new Error('fixture');
    const state = captured.value.reduce<OrderState | undefined>(apply, undefined) as OrderState;
    const cancelled = decide(state, {
      type: 'cancelLines',
      at,
      actor: { kind: 'channel', id: 'amazon' },
      lines: [
        { lineId: 'L1', quantity: 2 },
        { lineId: 'L2', quantity: 1 },
        { lineId: 'L3', quantity: 3 },
      ],
      requestedBy: 'channel',
      reasonCode: 'channel_cancelled',
    });
    if (!cancelled.ok) throw new Error('fixture');
    expect(planEffects(undefined, [...captured.value, ...cancelled.value], all)).toEqual([]);
  });

  it('asks the parcel carrier, else the default carrier, for a label', () => {
    const prepared: Draft[] = [
      { type: 'startPreparation' },
      { type: 'allocateLines', lines: [{ lineId: 'L1', quantity: 2, warehouseId: 'WH1' }] },
    ];
    const parcel = (carrier?: string): Draft => ({
      type: 'createParcel',
      parcelId: 'P1',
      lines: [{ lineId: 'L1', quantity: 2 }],
      ...(carrier === undefined ? {} : { carrier: { code: carrier } }),
    });
    const withCarrier = run(threeLineOrder(), false, [...prepared, parcel('colissimo')]);
    const effects = planEffects(withCarrier.before, withCarrier.events, all);
    expect(kinds(effects)).toEqual(['carrier.create_label→colissimo']);
    expect(effects[0]?.key).toBe('ord_0001:carrier.create_label:colissimo:5');
    const label = effects[0]?.effect;
    expect(label?.kind === 'carrier.create_label' && label.payload).toMatchObject({
      parcelId: 'P1',
      lines: [{ lineId: 'L1', quantity: 2 }],
      shipTo: { city: 'Paris' },
    });

    const without = run(threeLineOrder(), false, [...prepared, parcel()]);
    expect(planEffects(without.before, without.events, all)).toEqual([]);
    const byDefault = planEffects(without.before, without.events, {
      ...all,
      defaultCarrier: { code: 'colissimo' },
    });
    expect(kinds(byDefault)).toEqual(['carrier.create_label→colissimo']);

    const unknown = run(threeLineOrder(), false, [...prepared, parcel('dhl')]);
    expect(planEffects(unknown.before, unknown.events, all)).toEqual([]);
  });

  const shipped: Draft[] = [
    { type: 'startPreparation' },
    {
      type: 'allocateLines',
      lines: [
        { lineId: 'L1', quantity: 2, warehouseId: 'WH1' },
        { lineId: 'L2', quantity: 1, warehouseId: 'WH1' },
        { lineId: 'L3', quantity: 3, warehouseId: 'WH1' },
      ],
    },
    {
      type: 'createParcel',
      parcelId: 'P1',
      lines: [
        { lineId: 'L1', quantity: 2 },
        { lineId: 'L2', quantity: 1 },
        { lineId: 'L3', quantity: 3 },
      ],
    },
    {
      type: 'shipParcel',
      parcelId: 'P1',
      tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
    },
  ];

  it('pushes the tracking and tells the buyer when a parcel ships', () => {
    const { before, events } = run(threeLineOrder(), false, shipped);
    const effects = planEffects(before, events, all);
    expect(kinds(effects)).toEqual(['marketplace.push_tracking→amazon', 'buyer.notify→buyer']);
    const [push, notify] = effects.map((e) => e.effect);
    expect(push?.kind === 'marketplace.push_tracking' && push.payload).toMatchObject({
      parcelId: 'P1',
      carrier: { code: 'colissimo' },
      tracking: { number: '6A12345678901' },
    });
    expect(notify?.kind === 'buyer.notify' && notify.payload).toMatchObject({
      template: 'order_shipped',
      tracking: { number: '6A12345678901' },
    });
  });

  it('pushes the delivery and tells the buyer when the order becomes delivered', () => {
    const { before, events } = run(threeLineOrder(), false, [
      ...shipped,
      { type: 'deliverParcel', parcelId: 'P1' },
    ]);
    const effects = planEffects(before, events, all);
    expect(kinds(effects)).toEqual(['marketplace.push_status→amazon', 'buyer.notify→buyer']);
    const [push, notify] = effects.map((e) => e.effect);
    expect(push?.kind === 'marketplace.push_status' && push.payload.status).toBe('delivered');
    expect(notify?.kind === 'buyer.notify' && notify.payload.template).toBe('order_delivered');
    expect(effects.map((e) => e.key)).toEqual([
      'ord_0001:marketplace.push_status:amazon:7',
      'ord_0001:buyer.notify:buyer:7',
    ]);
  });

  it('is deterministic: same events, same effects and keys, whatever the later batching', () => {
    const { events } = run(threeLineOrder(), false, []);
    expect(planEffects(undefined, events, all)).toEqual(planEffects(undefined, events, all));
    // After the capture batch, planning events one by one or in one batch gives the same keys.
    // (The acceptance's payloads read the state after its own batch: see docs/engine.md.)
    const drafts = [...shipped, { type: 'deliverParcel', parcelId: 'P1' } as const];
    const later: OrderEvent[] = [];
    for (let n = 1; n <= drafts.length; n++) {
      later.push(...run(threeLineOrder(), false, drafts.slice(0, n)).events);
    }
    expect(later.map((e) => e.seq)).toEqual([3, 4, 5, 6, 7]);
    const captured = events.reduce<OrderState | undefined>(apply, undefined);
    let state = captured;
    const oneByOne: string[] = [];
    for (const event of later) {
      oneByOne.push(...planEffects(state, [event], all).map((e) => e.key));
      state = apply(state, event);
    }
    expect(planEffects(captured, later, all).map((e) => e.key)).toEqual(oneByOne);
    expect(oneByOne).toEqual([
      'ord_0001:marketplace.push_tracking:amazon:6',
      'ord_0001:buyer.notify:buyer:6',
      'ord_0001:marketplace.push_status:amazon:7',
      'ord_0001:buyer.notify:buyer:7',
    ]);
  });

  it('ignores a channel code that names an Object.prototype member', () => {
    const order = threeLineOrder();
    const weird: Order = { ...order, channelRef: { channel: 'constructor', channelOrderRef: 'X' } };
    const { before, events } = run(weird, true, [{ type: 'accept' }]);
    expect(kinds(planEffects(before, events, all))).not.toContain(
      'marketplace.push_status→constructor',
    );
  });
});

describe('planEffects: the channel status last observed', () => {
  const observe = (channel: string, status: string): Draft => ({
    type: 'observeChannelStatus',
    channel,
    status,
  });

  it('adds the status observed on the order channel to status pushes, and only that one', () => {
    const { before, events } = run(threeLineOrder(), true, [
      observe('amazon', 'Pending'),
      observe('lengow', 'waiting_shipment'),
      { type: 'accept' },
    ]);
    const push = planEffects(before, events, all)[0]?.effect;
    expect(push?.kind === 'marketplace.push_status' && push.payload).toEqual({
      orderId: 'ord_0001',
      channelRef: { channel: 'amazon', channelOrderRef: '405-1234567-1234567' },
      status: 'accepted',
      cancelled: [],
      channelStatus: 'Pending',
      cause: 'accepted',
    });
    expect(push !== undefined && EffectSchema.safeParse(push).success).toBe(true);
  });

  it('leaves the field out when the channel was never observed', () => {
    const { before, events } = run(threeLineOrder(), true, [
      observe('lengow', 'waiting_shipment'),
      { type: 'accept' },
    ]);
    const push = planEffects(before, events, all)[0]?.effect;
    expect(push?.kind).toBe('marketplace.push_status');
    expect(push !== undefined && 'channelStatus' in push.payload).toBe(false);
  });

  it('adds the latest observed status to tracking pushes', () => {
    const { before, events } = run(threeLineOrder(), false, [
      observe('amazon', 'Pending'),
      observe('amazon', 'Unshipped'),
      { type: 'startPreparation' },
      { type: 'allocateLines', lines: [{ lineId: 'L1', quantity: 2, warehouseId: 'WH1' }] },
      {
        type: 'createParcel',
        parcelId: 'P1',
        lines: [{ lineId: 'L1', quantity: 2 }],
      },
      {
        type: 'shipParcel',
        parcelId: 'P1',
        tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
      },
    ]);
    const push = planEffects(before, events, all)[0]?.effect;
    expect(push?.kind === 'marketplace.push_tracking' && push.payload.channelStatus).toBe(
      'Unshipped',
    );
  });
});
