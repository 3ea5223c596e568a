import type pg from 'pg';
import type { OrderStore } from '../../../src/index.js';

/** How an interrupted call ended, and what its statement was waiting for when it was killed. */
export interface Interrupted<T> {
  /** Its value, when it did not fail (a kill should make it fail). */
  readonly value?: T;
  readonly failed: boolean;
  /**
   * `pg_stat_activity.wait_event` of the killed backend: `transactionid` for a row or key
   * wait inside the statement's execution (rows already written), `relation` for a table lock.
   */
  readonly waitEvent: string;
}

/**
 * Terminates a backend and waits until it is gone from `pg_stat_activity` (5 s at most).
 *
 * @param admin - a pool on the same server
 * @param pid - the backend to kill
 * @throws Error when it is still there after 5 s
 */
export async function terminateBackend(admin: pg.Pool, pid: number): Promise<void> {
  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  for (let i = 0; i < 250; i++) {
    const alive = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
    if (alive.rowCount === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`backend ${pid} still alive 5 s after pg_terminate_backend`);
}

/** The backend waiting on a lock `holderPid` holds, once there is one (5 s at most). */
async function waitForBlocked(
  admin: pg.Pool,
  holderPid: number,
): Promise<{ pid: number; waitEvent: string }> {
  for (let i = 0; i < 250; i++) {
    const found = await admin.query<{ pid: number; wait_event: string }>(
      'SELECT pid, wait_event FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))',
      [holderPid],
    );
    const row = found.rows[0];
    if (row !== undefined) return { pid: row.pid, waitEvent: row.wait_event };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no statement blocked on the lock within 5 s');
}

/**
 * Runs `action` while another transaction (set up by `block`: a table lock, a row lock, an
 * uncommitted conflicting key) makes its statement wait in mid-flight; then terminates the
 * waiting backend and rolls the blocking transaction back. The action loses its connection
 * in the middle of its statement.
 *
 * @param admin - a pool on the same server (one client blocks, another kills)
 * @param block - the statements that make the action wait, run in an open transaction
 * @param action - the call to interrupt
 * @returns how the action ended and what it was waiting for
 * @throws Error when the action never waits on the block
 */
export async function killWhileBlocked<T>(
  admin: pg.Pool,
  block: (locker: pg.PoolClient) => Promise<unknown>,
  action: () => Promise<T>,
): Promise<Interrupted<T>> {
  const locker = await admin.connect();
  try {
    await locker.query('BEGIN');
    await block(locker);
    const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))
      .rows[0]!.pid;
    const settled = action().then(
      (value) => ({ value, failed: false }),
      () => ({ failed: true }),
    );
    const blocked = await waitForBlocked(admin, lockerPid);
    await terminateBackend(admin, blocked.pid);
    await locker.query('ROLLBACK');
    return { ...(await settled), waitEvent: blocked.waitEvent };
  } finally {
    // On any failure above, the block must not stay held by a pooled client.
    await locker.query('ROLLBACK').catch(() => undefined);
    locker.release();
  }
}

/**
 * A store whose `append` runs `intercept` instead (given the batch and the real append): the
 * engine's write goes through the test's hands.
 *
 * @param store - the real store
 * @param intercept - what to do with each append
 * @returns the wrapped store
 */
export function interceptAppend(
  store: OrderStore,
  intercept: (
    batch: Parameters<OrderStore['append']>[0],
    real: OrderStore['append'],
  ) => ReturnType<OrderStore['append']>,
): OrderStore {
  return {
    load: (tenantId, orderId) => store.load(tenantId, orderId),
    findByChannelRef: (tenantId, channel, ref) => store.findByChannelRef(tenantId, channel, ref),
    loadEvents: (tenantId, orderId, fromSeq) => store.loadEvents(tenantId, orderId, fromSeq),
    list: (tenantId, query) => store.list(tenantId, query),
    append: (batch) => intercept(batch, (b) => store.append(b)),
  };
}
