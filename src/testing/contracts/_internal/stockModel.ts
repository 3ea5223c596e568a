import fc from 'fast-check';
import type { ContractTestApi } from '../types.js';
import type { MakeStockStore } from '../stockTypes.js';
import { checkSame } from './assert.js';
import { testsWith } from './harness.js';
import { storedEvents } from './stockFixtures.js';
import { AppendCommand, ReadCommand, SaveCommand } from './stockModelCommands.js';
import {
  channels,
  checkRead,
  orders,
  refs,
  skus,
  StockModel,
  type Real,
} from './stockModelState.js';

const index = (n: number) => fc.integer({ min: 0, max: n - 1 });

const appendArb = fc
  .uniqueArray(index(refs.length), { minLength: 1, maxLength: 2 })
  .chain((picks) =>
    fc.record({
      picks: fc.constant(picks),
      deltas: fc.array(fc.integer({ min: 1, max: 4 }), {
        minLength: picks.length,
        maxLength: picks.length,
      }),
      // Mostly right versions: a wrong one in about a third of the appends.
      skewAt: fc.integer({ min: -4, max: picks.length - 1 }).map((n) => (n < 0 ? -1 : n)),
      skew: fc.constantFrom(-1, 1, 2),
      key: fc.option(index(3), { nil: undefined }),
      reservation: fc.option(
        fc.record({
          pick: index(2),
          order: index(2),
          line: index(2),
          n: fc.integer({ min: 0, max: 3 }),
        }),
        { nil: undefined },
      ),
    }),
  )
  .map((spec) => new AppendCommand(spec));

const saveArb = fc
  .record({
    staleBy: fc.constantFrom(0, 0, 0, -1, 1),
    advance: fc.integer({ min: 0, max: 3 }),
    figures: fc.uniqueArray(
      fc.record({
        channel: fc.constantFrom(...channels),
        sku: fc.constantFrom(...skus),
        quantity: fc.integer({ min: 0, max: 9 }),
      }),
      { maxLength: 3, selector: (f) => `${f.channel} ${f.sku}` },
    ),
  })
  .map((spec) => new SaveCommand(spec));

const readArb = fc
  .record({
    afterSeq: fc.integer({ min: 0, max: 12 }),
    limit: fc.integer({ min: 0, max: 5 }),
    skus: fc.subarray([...skus]),
    order: index(orders.length),
    channel: index(channels.length),
  })
  .map((spec) => new ReadCommand(spec));

/**
 * Random sequences of appends (right and wrong versions, repeated keys, reservations written
 * and deleted), saves of published figures (right and stale checkpoints) and reads agree with a
 * simple model. One store serves every run; each run works in a tenant of its own.
 */
export function registerStockModel(
  api: ContractTestApi,
  make: MakeStockStore,
  numRuns: number,
): void {
  const test = testsWith(api, make);
  test(`random appends, saves and reads agree with a model (${String(numRuns)} runs)`, async ({
    stock,
  }) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.commands([appendArb, appendArb, saveArb, readArb], { maxCommands: 20 }),
        async (commands) => {
          run += 1;
          const model = new StockModel();
          const real: Real = { stock, tenantId: `model-${String(run)}` };
          await fc.asyncModelRun(() => ({ model, real }), commands);
          for (const orderId of orders) {
            for (const channel of channels) await checkRead(model, real, skus, orderId, channel);
          }
          checkSame(
            await stock.loadEvents(real.tenantId, 0, Infinity),
            storedEvents(model.events),
            'the whole log at the end',
          );
        },
      ),
      { numRuns },
    );
  });
}
