import { describe, expect, it } from 'vitest';
import { createPostgresActionJournal } from '../../../src/adapters/postgres/index.js';
import { formatError, isOrdokitError, type StoreRecordInvalid } from '../../../src/index.js';
import type { ActionJournalUpdate } from '../../../src/ports/index.js';
import { keyOf, requestFor } from '../../../src/testing/contracts/_internal/journalFixtures.js';
import { makePGliteStorage } from './_pglite.js';

const key = keyOf();
const T0 = '2025-03-01T10:00:00+01:00';

/** What a call threw, or undefined. */
async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('createPostgresActionJournal', () => {
  it('works on the same table as the journal of createPostgresStorage', async () => {
    const s = await makePGliteStorage();
    try {
      const journal = createPostgresActionJournal(s.db, { schema: s.schema });
      const begun = await s.journal.begin(key, requestFor(key), T0);
      expect(begun.created).toBe(true);
      expect(await journal.get(key)).toEqual(begun.entry);
      expect(begun.entry.createdAt).toBe(T0);
      const rows = await s.db.query<{ created_at_ts: Date; state: string }>(
        `SELECT created_at_ts, state FROM ${s.schema}.action_journal`,
      );
      expect(rows.rows.map((r) => [r.created_at_ts.toISOString(), r.state])).toEqual([
        ['2025-03-01T09:00:00.000Z', 'sending'],
      ]);
    } finally {
      await s.dispose();
    }
  });

  it('reads a request changed in the database as store/record_invalid', async () => {
    const s = await makePGliteStorage();
    try {
      await s.journal.begin(key, requestFor(key), T0);
      await s.db.query(
        `UPDATE ${s.schema}.action_journal SET request = jsonb_set(request, '{parcelId}', '""')`,
      );
      const expected: StoreRecordInvalid = {
        code: 'store/record_invalid',
        record: 'action_request',
        tenantId: 'tenant-a',
        orderId: 'o-1',
        payloadHash: key.payloadHash,
        path: ['parcelId'],
      };
      for (const call of [
        () => s.journal.get(key),
        () => s.journal.listByOrder('tenant-a', 'shop', 'o-1'),
        () => s.journal.begin(key, requestFor(key), T0),
      ]) {
        const thrown = await thrownBy(call);
        expect(isOrdokitError(thrown) && thrown.detail).toEqual(expected);
      }
      expect(formatError(expected, 'en')).toContain(`(tenant tenant-a, ${key.payloadHash})`);
      expect(formatError(expected, 'en')).toContain('channel action request');
      expect(formatError(expected, 'fr')).toContain("Le contenu enregistré d'une action");
    } finally {
      await s.dispose();
    }
  });

  it('refuses a state outside the CHECK and rejects unreadable instants', async () => {
    const s = await makePGliteStorage();
    try {
      await expect(s.journal.begin(key, requestFor(key), 'yesterday')).rejects.toThrow(RangeError);
      await s.journal.begin(key, requestFor(key), T0);
      const wrong = { state: 'lost' } as unknown as ActionJournalUpdate;
      await expect(s.journal.record(key, wrong, T0)).rejects.toThrow(RangeError);
      await expect(
        s.db.query(`UPDATE ${s.schema}.action_journal SET state = 'lost'`),
      ).rejects.toThrow(/check/i);
      expect((await s.journal.get(key))?.state).toBe('sending');
    } finally {
      await s.dispose();
    }
  });

  it('serves listPending from the partial index', async () => {
    const s = await makePGliteStorage();
    try {
      const rows = await s.db.query<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'action_journal'
         ORDER BY indexname`,
        [s.schema],
      );
      expect(rows.rows.map((r) => r.indexdef)).toEqual([
        expect.stringMatching(
          /action_journal_pending_idx .*\(tenant_id, channel, updated_at_ts, order_id, action, payload_hash\) WHERE \(state = 'pending'::text\)/,
        ),
        expect.stringMatching(
          /action_journal_pkey .*\(tenant_id, channel, order_id, action, payload_hash\)/,
        ),
      ]);
    } finally {
      await s.dispose();
    }
  });
});
