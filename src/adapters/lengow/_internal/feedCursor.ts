import { z } from 'zod';
import { err, ok, type Result } from '../../../result/index.js';
import { decodeCursor, encodeCursor } from '../../_shared/cursor.js';
import { firstWindowMs, maxPageSize, windowOverlapMs } from './contract.js';

const instant = z.iso.datetime({ offset: true });

/**
 * Where the order feed stands: a window of orders updated since `from`, read page by page
 * (`page`, `size`), opened at `openedAt`, with the greatest `updated_at` seen so far.
 */
const FeedPositionSchema = z.strictObject({
  v: z.literal(1),
  from: instant,
  page: z.int().min(1).max(1_000_000),
  size: z.int().min(1).max(maxPageSize),
  openedAt: instant.exactOptional(),
  maxSeen: instant.exactOptional(),
});

/** Where the order feed stands. See {@link FeedPositionSchema}. */
export type FeedPosition = z.infer<typeof FeedPositionSchema>;

/** The opaque cursor of a position: base64url of its JSON. */
export function writeFeedCursor(position: FeedPosition): string {
  return encodeCursor(JSON.stringify(position));
}

/** The position a cursor holds, or why it is not one of this connector's cursors. */
export function readFeedCursor(cursor: string): Result<FeedPosition, string> {
  const text = decodeCursor(cursor);
  if (text === undefined) return err('the cursor is not base64url text');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('the cursor does not hold JSON');
  }
  const parsed = FeedPositionSchema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err('the cursor is not a Lengow feed position');
}

/** The first window: since `since`, else the last 7 days before `now`. */
export function openFirstWindow(
  since: string | undefined,
  now: string,
  size: number,
): Result<FeedPosition, string> {
  const start = since === undefined ? shift(now, -firstWindowMs) : shift(since, 0);
  if (start === undefined) return err('the call context has no readable `now`');
  return ok({ v: 1, from: start, page: 1, size });
}

/** An ISO instant moved by `ms`, or undefined when it cannot be read. */
export function shift(iso: string, ms: number): string | undefined {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const moved = new Date(at + ms);
  return Number.isNaN(moved.getTime()) ? undefined : moved.toISOString();
}

/** The greater of a known maximum and an `updated_at` read from Lengow (ISO, any offset). */
export function raiseMaxSeen(maxSeen: string | undefined, updatedAt: unknown): string | undefined {
  if (typeof updatedAt !== 'string') return maxSeen;
  const at = Date.parse(updatedAt);
  if (Number.isNaN(at)) return maxSeen;
  if (maxSeen !== undefined && Date.parse(maxSeen) >= at) return maxSeen;
  return new Date(at).toISOString();
}

/**
 * The start of the window after an exhausted one: the greatest `updated_at` seen, but never
 * later than 5 minutes before the window opened, and never before the window's own start.
 */
export function nextWindowFrom(position: FeedPosition): string {
  const candidates = [
    position.maxSeen,
    position.openedAt === undefined ? undefined : shift(position.openedAt, -windowOverlapMs),
  ]
    .filter((c) => c !== undefined)
    .map((c) => Date.parse(c));
  if (candidates.length === 0) return position.from;
  const next = Math.max(Date.parse(position.from), Math.min(...candidates));
  return new Date(next).toISOString();
}
