import { describe, expect, it } from 'vitest';
import { captureOrderBatch } from './_batches.js';
import { formatError, isOrdokitError, type StoreRecordInvalid } from '../../../src/index.js';
import { makePGliteStorage } from './_pglite.js';

/** What a call threw, or undefined. */
async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (e: unknown) => e,
  );
}

/** The detail of a `store/record_invalid` error, or a failure. */
function detailOf(thrown: unknown): StoreRecordInvalid {
  if (!isOrdokitError(thrown) || thrown.code !== 'store/record_invalid') {
    throw new Error(`expected store/record_invalid, got ${String(thrown)}`);
  }
  return thrown.detail as StoreRecordInvalid;
}

describe('rows read back are checked', () => {
  it('a state changed in the database fails with store/record_invalid', async () => {
    const s = await makePGliteStorage();
    try {
      expect((await s.store.append(captureOrderBatch('o-1'))).ok).toBe(true);
      await s.db.query(
        `UPDATE ${s.schema}.orders SET state = jsonb_set(state, '{version}', '"two"')`,
      );
      const expected: StoreRecordInvalid = {
        code: 'store/record_invalid',
        record: 'order_state',
        tenantId: 'tenant-a',
        orderId: 'o-1',
        path: ['version'],
      };
      expect(detailOf(await thrownBy(() => s.store.load('tenant-a', 'o-1')))).toEqual(expected);
      expect(detailOf(await thrownBy(() => s.store.list('tenant-a')))).toEqual(expected);
      expect(
        detailOf(await thrownBy(() => s.store.findByChannelRef('tenant-a', 'shop', 'R-o-1'))),
      ).toEqual(expected);
      expect(formatError(expected, 'en')).toContain('order o-1 (tenant tenant-a)');
      expect(formatError(expected, 'en')).toContain('/version');
      expect(formatError(expected, 'fr')).toContain('commande o-1');
    } finally {
      await s.dispose();
    }
  });

  it('an event changed in the database fails with store/record_invalid and its seq', async () => {
    const s = await makePGliteStorage();
    try {
      expect((await s.store.append(captureOrderBatch('o-1'))).ok).toBe(true);
      await s.db.query(`UPDATE ${s.schema}.order_events SET event = event - 'actor'`);
      expect(detailOf(await thrownBy(() => s.store.loadEvents('tenant-a', 'o-1')))).toEqual({
        code: 'store/record_invalid',
        record: 'order_event',
        tenantId: 'tenant-a',
        orderId: 'o-1',
        seq: 1,
        path: ['actor'],
      });
    } finally {
      await s.dispose();
    }
  });

  it('an effect changed in the database fails with store/record_invalid', async () => {
    const s = await makePGliteStorage();
    try {
      expect((await s.store.append(captureOrderBatch('o-1', ['m-1']))).ok).toBe(true);
      await s.db.query(
        `UPDATE ${s.schema}.outbox_messages SET effect = jsonb_set(effect, '{kind}', '"teleport"')`,
      );
      const thrown = await thrownBy(() => s.outbox.listByOrder('tenant-a', 'o-1'));
      expect(detailOf(thrown)).toMatchObject({
        code: 'store/record_invalid',
        record: 'outbox_effect',
        tenantId: 'tenant-a',
        orderId: 'o-1',
        messageId: 'm-1',
      });
      expect(formatError(detailOf(thrown), 'en')).toContain('m-1');
    } finally {
      await s.dispose();
    }
  });

  it('keeps the instants exactly as written, and reads a valid row back unchanged', async () => {
    const s = await makePGliteStorage();
    try {
      const batch = captureOrderBatch('o-1', ['m-1'], '2025-03-01T10:00:00+01:00');
      expect((await s.store.append(batch)).ok).toBe(true);
      const record = await s.store.load('tenant-a', 'o-1');
      expect(record?.capturedAt).toBe('2025-03-01T10:00:00+01:00');
      expect(record?.state).toEqual(batch.state);
      const [message] = await s.outbox.listByOrder('tenant-a', 'o-1');
      expect(message?.createdAt).toBe('2025-03-01T10:00:00+01:00');
      expect(message?.effect).toEqual(batch.messages[0]?.effect);
    } finally {
      await s.dispose();
    }
  });
});
