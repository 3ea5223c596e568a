import fc from 'fast-check';
import type {
  ActionJournal,
  ActionJournalEntry,
  ActionJournalKey,
  ActionJournalState,
  ActionJournalUpdate,
} from '../../../ports/index.js';
import type { ContractTestApi, MakeActionJournal } from '../types.js';
import { check, show } from './assert.js';
import { T0 } from './fixtures.js';
import { testsWith } from './harness.js';
import { beganEntry, checkEntries, checkEntry, keyOf, requestFor } from './journalFixtures.js';

/** The keys a run draws from, in its own tenant: two channels, two orders, a few actions. */
const keySpecs = [
  { channel: 'shop', orderId: 'o-1', action: 'accept', hash: 1 },
  { channel: 'shop', orderId: 'o-1', action: 'ship', hash: 2 },
  { channel: 'shop', orderId: 'o-1', action: 'ship', hash: 3 },
  { channel: 'shop', orderId: 'o-2', action: 'accept', hash: 1 },
  { channel: 'market', orderId: 'o-1', action: 'accept', hash: 1 },
  { channel: 'market', orderId: 'o-2', action: 'cancel', hash: 4 },
] as const;

/** When an operation runs: minutes after `T0` (each operation its own millisecond), any offset. */
interface At {
  readonly minute: number;
  readonly paris: boolean;
}

type Operation =
  | { readonly kind: 'begin'; readonly key: number; readonly variant: number; readonly at: At }
  | {
      readonly kind: 'record';
      readonly key: number;
      readonly update: ActionJournalUpdate;
      readonly at: At;
    };

const states: readonly ActionJournalState[] = ['sending', 'pending', 'done', 'failed'];
const keyIndex = fc.integer({ min: 0, max: keySpecs.length - 1 });
// Within two hours, a `+01:00` instant often sorts after a later `Z` one as text.
const at = fc.record({ minute: fc.integer({ min: 0, max: 120 }), paris: fc.boolean() });
const update: fc.Arbitrary<ActionJournalUpdate> = fc.record(
  {
    state: fc.constantFrom(...states),
    handle: fc.constantFrom('H-1', 'H-2'),
    detail: fc.constantFrom('queued', 'refused: wrong tracking number'),
    sent: fc.boolean(),
  },
  { requiredKeys: ['state'] },
);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('begin' as const),
    key: keyIndex,
    variant: fc.integer({ min: 0, max: 2 }),
    at,
  }),
  fc.record({ kind: fc.constant('record' as const), key: keyIndex, update, at }),
);

/** The instant of the `index`-th operation, in `Z` or `+01:00` form. */
function instantOf(when: At, index: number): string {
  const ms = Date.parse(T0) + when.minute * 60_000 + index;
  const paris = new Date(ms + 3_600_000).toISOString().replace('Z', '+01:00');
  return when.paris ? paris : new Date(ms).toISOString();
}

/** The model: a map of entries by key, and what each operation must answer. */
class JournalModel {
  readonly entries = new Map<number, ActionJournalEntry>();

  begin(index: number, key: ActionJournalKey, variant: number, now: string) {
    const known = this.entries.get(index);
    if (known !== undefined) return { created: false, entry: known };
    const entry = beganEntry(key, requestFor(key, { variant, full: variant !== 1 }), now);
    this.entries.set(index, entry);
    return { created: true, entry };
  }

  record(index: number, change: ActionJournalUpdate, now: string) {
    const known = this.entries.get(index);
    if (known === undefined || known.state === 'done' || known.state === 'failed') return known;
    const { sent, ...fields } = change;
    const entry: ActionJournalEntry = {
      ...known,
      ...fields,
      attempts: known.attempts + (sent === true ? 1 : 0),
      updatedAt: now,
    };
    this.entries.set(index, entry);
    return entry;
  }

  byOrder(channel: string, orderId: string): ActionJournalEntry[] {
    return [...this.entries.values()]
      .filter((e) => e.channel === channel && e.orderId === orderId)
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  }

  pending(channel: string, limit: number): ActionJournalEntry[] {
    return [...this.entries.values()]
      .filter((e) => e.channel === channel && e.state === 'pending')
      .sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt))
      .slice(0, limit);
  }
}

/** Runs the operations on the journal and the model, and compares every answer and list. */
async function runOperations(
  journal: ActionJournal,
  tenantId: string,
  operations: readonly Operation[],
  limit: number,
): Promise<void> {
  const model = new JournalModel();
  const keys = keySpecs.map((spec) => keyOf({ ...spec, tenantId }));
  const keyAt = (i: number) => keys[i] ?? keyOf({ tenantId });
  for (const [i, op] of operations.entries()) {
    const key = keyAt(op.key);
    const now = instantOf(op.at, i);
    const what = `operation ${String(i)} ${show({ ...op, now })}`;
    if (op.kind === 'begin') {
      const expected = model.begin(op.key, key, op.variant, now);
      const request = requestFor(key, { variant: op.variant, full: op.variant !== 1 });
      const actual = await journal.begin(key, request, now);
      checkEntry(actual.entry, expected.entry, what);
      check(
        actual.created === expected.created,
        `${what}: expected created: ${String(expected.created)}, got ${String(actual.created)}`,
      );
    } else {
      checkEntry(
        await journal.record(key, op.update, now),
        model.record(op.key, op.update, now),
        what,
      );
    }
  }
  for (const [i, key] of keys.entries()) {
    checkEntry(await journal.get(key), model.entries.get(i), `get ${show(key)} at the end`);
  }
  for (const channel of ['shop', 'market']) {
    for (const orderId of ['o-1', 'o-2']) {
      const listed = await journal.listByOrder(tenantId, channel, orderId);
      checkEntries(listed, model.byOrder(channel, orderId), `listByOrder ${channel} ${orderId}`);
    }
    const pending = await journal.listPending(tenantId, channel, limit);
    checkEntries(pending, model.pending(channel, limit), `listPending ${channel} limit ${limit}`);
  }
}

/**
 * Random sequences of `begin` and `record` on a few keys agree with a model. One journal
 * serves every run; each run works in a tenant of its own, so it starts empty.
 */
export function registerJournalModel(
  api: ContractTestApi,
  make: MakeActionJournal,
  numRuns: number,
): void {
  const test = testsWith(api, make);
  test(`random begins and records agree with a model (${String(numRuns)} runs)`, async ({
    journal,
  }) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (operations, limit) => {
          run += 1;
          await runOperations(journal, `model-${String(run)}`, operations, limit);
        },
      ),
      { numRuns },
    );
  });
}
