import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { replay, type OrderStore, type Result } from '../../src/index.js';
import { setup, payload, type Harness } from '../engine/_support.js';
import type { Oms, OrderRef, OrderState, EngineError } from '../../src/index.js';

const operator = { kind: 'user', id: 'u-1' } as const;

/** One command of the interleaving, and the event type an `ok` answer must have appended. */
type Step =
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'hold' }
  | { readonly kind: 'release'; readonly hold: number }
  | { readonly kind: 'cancel'; readonly lineId: 'L1' | 'L2' }
  | { readonly kind: 'link'; readonly number: string }
  | { readonly kind: 'prepare' }
  | { readonly kind: 'close' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 8 })
    .map((t) => ({ kind: 'note', text: `n-${t.trim() || 'x'}` }) as const),
  fc.constant({ kind: 'hold' } as const),
  fc.integer({ min: 1, max: 4 }).map((hold) => ({ kind: 'release', hold }) as const),
  fc.constantFrom('L1', 'L2').map((lineId) => ({ kind: 'cancel', lineId }) as const),
  fc.stringMatching(/^SO-[0-9]{1,4}$/).map((number) => ({ kind: 'link', number }) as const),
  fc.constant({ kind: 'prepare' } as const),
  fc.constant({ kind: 'close' } as const),
);

const expectedType = {
  note: 'note.added',
  hold: 'hold.placed',
  release: 'hold.released',
  cancel: 'order.lines_cancelled',
  link: 'erp.document_linked',
  prepare: 'order.preparation_started',
  close: 'order.closed',
} as const;

function start(oms: Oms, ref: OrderRef, s: Step): Promise<Result<OrderState, EngineError>> {
  switch (s.kind) {
    case 'note':
      return oms.addNote(ref, s.text);
    case 'hold':
      return oms.placeHold(ref, { reasonCode: 'manual' }, { actor: operator });
    case 'release':
      return oms.releaseHold(ref, `hold-${String(s.hold).padStart(6, '0')}`, { actor: operator });
    case 'cancel':
      return oms.cancelLines(ref, {
        lines: [{ lineId: s.lineId, quantity: 1 }],
        requestedBy: 'buyer',
        reasonCode: 'buyer_request',
      });
    case 'link':
      return oms.linkErpDocument(ref, { kind: 'sale', number: s.number });
    case 'prepare':
      return oms.startPreparation(ref);
    case 'close':
      return oms.close(ref);
  }
}

/** The store, with every call's answer delivered when the scheduler decides. */
function scheduled(s: fc.Scheduler, store: OrderStore): OrderStore {
  return {
    load: s.scheduleFunction(store.load.bind(store)),
    findByChannelRef: s.scheduleFunction(store.findByChannelRef.bind(store)),
    loadEvents: s.scheduleFunction(store.loadEvents.bind(store)),
    append: s.scheduleFunction(store.append.bind(store)),
    list: s.scheduleFunction(store.list.bind(store)),
  };
}

describe('engine: concurrent commands on one order', () => {
  test.prop([fc.scheduler(), fc.array(step, { minLength: 2, maxLength: 8 })], { numRuns: 1000 })(
    'never lose an event: ok answers are in the history, seq contiguous, replay equals state',
    async (s, steps) => {
      let wrap = false;
      const harness: Harness = setup({
        policy: { conflictRetries: 10 },
        wrapStore: (store) => {
          const timed = scheduled(s, store);
          const now = () => (wrap ? timed : store);
          return {
            load: (...a) => now().load(...a),
            findByChannelRef: (...a) => now().findByChannelRef(...a),
            loadEvents: (...a) => now().loadEvents(...a),
            append: (...a) => now().append(...a),
            list: (...a) => now().list(...a),
          };
        },
      });
      const created = await harness.oms.ingest('amazon', payload());
      if (!created.ok) throw new Error(created.error.code);
      const ref = { tenantId: 'tenant-a', orderId: created.value.state.orderId };
      wrap = true;
      const running = steps.map((x) => start(harness.oms, ref, x));
      await s.waitIdle();
      const results = await Promise.all(running);
      wrap = false;

      const history = await harness.store.loadEvents(ref.tenantId, ref.orderId);
      const record = await harness.store.load(ref.tenantId, ref.orderId);
      expect(history.map((e) => e.seq)).toEqual(history.map((_, i) => i + 1));
      expect(replay(history)).toEqual(record?.state);
      // Every ok answer appended exactly its event, and failed ones appended nothing.
      const succeeded = steps.filter((_, i) => results[i]?.ok === true);
      expect(history.length).toBe(2 + succeeded.length);
      const types = history
        .slice(2)
        .map((e) => e.type)
        .sort();
      expect(types).toEqual(succeeded.map((x) => expectedType[x.kind]).sort());
      for (const [i, x] of steps.entries()) {
        const result = results[i];
        if (result === undefined) throw new Error('missing result');
        if (!result.ok) expect(result.error.code).not.toBe('engine/conflict_persisting');
        if (result.ok && x.kind === 'note') {
          expect(history.some((e) => e.type === 'note.added' && e.data.text === x.text)).toBe(true);
        }
        if (result.ok) expect(result.value.version).toBeLessThanOrEqual(history.length);
      }
    },
  );
});
