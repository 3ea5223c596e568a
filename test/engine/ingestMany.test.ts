import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type {
  IdGenerator,
  IngestOutcome,
  Oms,
  OrderState,
  OrderStore,
  Result,
} from '../../src/index.js';
import { at } from '../order/_fixtures.js';
import { payload, setup, value } from './_support.js';

/** One payload of a generated call: which channel reference, and how it is altered. */
interface PayloadSpec {
  readonly ref: number;
  readonly variant: 'plain' | 'cancelled' | 'bad_postcode' | 'other_address' | 'unreadable';
}

function payloadOf(spec: PayloadSpec): unknown {
  if (spec.variant === 'unreadable') return { channelRef: { channel: 'amazon' }, lines: 'none' };
  const json = payload();
  Object.assign(at(json, 'channelRef'), { channelOrderRef: `R-${String(spec.ref)}` });
  if (spec.variant === 'cancelled')
    Object.assign(at(json, 'lines', 0, 'quantities'), { cancelled: 1 });
  if (spec.variant === 'bad_postcode')
    Object.assign(at(json, 'shippingAddress'), { postalCode: '7500' });
  if (spec.variant === 'other_address')
    Object.assign(at(json, 'shippingAddress'), { line1: '2 rue Neuve' });
  return json;
}

/** What a result says, without the ids the two runs may give in another order. */
function summaryOf(result: Result<IngestOutcome, { code: string }>): unknown {
  if (!result.ok) return { error: result.error.code };
  const { outcome, state, holdsPlaced, changes } = result.value;
  return { outcome, order: shapeOf(state), holds: holdsPlaced.map((h) => h.reasonCode), changes };
}

function shapeOf(state: OrderState): unknown {
  return {
    ref: state.order.channelRef.channelOrderRef,
    status: state.status,
    version: state.version,
    quantities: state.order.lines.map((l) => l.quantities),
    holds: state.holds.map((h) => h.reasonCode),
  };
}

/** Every stored order's shape, by channel reference. */
async function storedShapes(oms: Oms): Promise<unknown[]> {
  const page = await oms.list('tenant-a', { limit: 500 });
  return page.items
    .map((r) => shapeOf(r.state) as { ref: string })
    .sort((a, b) => a.ref.localeCompare(b.ref));
}

const withoutAppendMany = (store: OrderStore): OrderStore => ({
  load: (...args) => store.load(...args),
  findByChannelRef: (...args) => store.findByChannelRef(...args),
  loadEvents: (...args) => store.loadEvents(...args),
  append: (batch) => store.append(batch),
  list: (...args) => store.list(...args),
});

const specs = fc.array(
  fc.record({
    ref: fc.integer({ min: 1, max: 6 }),
    variant: fc.constantFrom(
      'plain',
      'plain',
      'cancelled',
      'bad_postcode',
      'other_address',
      'unreadable',
    ),
  }),
  { maxLength: 12 },
);

describe('ingestMany', () => {
  test.prop([specs, specs], { numRuns: 150 })(
    'answers and stores what ingest one by one would, with or without appendMany',
    async (before, call) => {
      const runs = [setup(), setup(), setup({ wrapStore: withoutAppendMany })];
      for (const { oms } of runs) {
        for (const spec of before) await oms.ingest('amazon', payloadOf(spec));
      }
      const [one, many, fallback] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
      const expected = [];
      for (const spec of call)
        expected.push(summaryOf(await one.oms.ingest('amazon', payloadOf(spec))));
      const payloads = call.map(payloadOf);
      expect((await many.oms.ingestMany('amazon', payloads)).map(summaryOf)).toEqual(expected);
      expect((await fallback.oms.ingestMany('amazon', payloads)).map(summaryOf)).toEqual(expected);
      const stored = await storedShapes(one.oms);
      const readable = [...before, ...call].filter((s) => s.variant !== 'unreadable');
      expect(stored).toHaveLength(new Set(readable.map((s) => s.ref)).size);
      expect(await storedShapes(many.oms)).toEqual(stored);
      expect(await storedShapes(fallback.oms)).toEqual(stored);
    },
  );

  it('captures new orders in one appendMany, and nothing else', async () => {
    const calls: string[] = [];
    const { oms } = setup({
      wrapStore: (store) => ({
        ...store,
        append: (batch) => (calls.push('append'), store.append(batch)),
        appendMany: (batches) => (
          calls.push(`appendMany×${String(batches.length)}`),
          store.appendMany!(batches)
        ),
      }),
    });
    const payloads = [1, 2, 3].map((ref) => payloadOf({ ref, variant: 'plain' }));
    const results = await oms.ingestMany('amazon', payloads);
    expect(results.map((r) => value(r).outcome)).toEqual(['created', 'created', 'created']);
    expect(calls).toEqual(['appendMany×3']);
  });

  it('settles a capture raced by another writer one by one, losing nothing', async () => {
    const harness = setup();
    const rival = setup({ wrapStore: () => harness.storage.store, ids: prefixedIds('rival') });
    const payloads = [1, 2, 3].map((ref) => payloadOf({ ref, variant: 'plain' }));
    let raced = false;
    const { oms } = setup({
      wrapStore: () => ({
        ...harness.storage.store,
        async appendMany(batches) {
          if (!raced) {
            raced = true;
            // Another process captures R-2 between the lookup and the write.
            await rival.oms.ingest('amazon', payloads[1]);
          }
          return harness.storage.store.appendMany!(batches);
        },
      }),
    });
    const results = await oms.ingestMany('amazon', payloads);
    expect(results.map((r) => value(r).outcome)).toEqual(['created', 'unchanged', 'created']);
    expect(harness.storage.stats().orders).toBe(3);
  });
});

/** Ids with a prefix of their own, so that two OMS on one store never collide. */
function prefixedIds(prefix: string): IdGenerator {
  let n = 0;
  return { next: (kind: string) => `${prefix}-${kind}-${String((n += 1))}` };
}
