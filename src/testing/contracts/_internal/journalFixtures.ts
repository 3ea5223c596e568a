import type {
  ActionJournal,
  ActionJournalEntry,
  ActionJournalKey,
  ChannelActionKind,
  ChannelActionRequest,
} from '../../../ports/index.js';
import { check, checkSame, show } from './assert.js';
import { minutesAfter } from './fixtures.js';

/** The parts of a key a fixture may choose; the rest has defaults. */
export interface KeySpec {
  /** Default `'tenant-a'`. */
  readonly tenantId?: string;
  /** Default `'shop'`. */
  readonly channel?: string;
  /** Default `'o-1'`. */
  readonly orderId?: string;
  /** Default `'ship'`. */
  readonly action?: ChannelActionKind;
  /** Default 1, written as 16 hex digits. */
  readonly hash?: number;
}

/** A journal key. */
export function keyOf(spec: KeySpec = {}): ActionJournalKey {
  return {
    tenantId: spec.tenantId ?? 'tenant-a',
    channel: spec.channel ?? 'shop',
    orderId: spec.orderId ?? 'o-1',
    action: spec.action ?? 'ship',
    payloadHash: (spec.hash ?? 1).toString(16).padStart(16, '0'),
  };
}

/** `T0` plus some minutes, written with a `+01:00` offset (the same instant). */
export function parisMinutesAfter(minutes: number): string {
  const ms = Date.parse(minutesAfter(minutes)) + 3_600_000;
  return new Date(ms).toISOString().replace('Z', '+01:00');
}

/**
 * A valid request for the key's action and order, with every optional field (`full`) or none.
 * `variant` changes the lines, to tell two requests apart.
 */
export function requestFor(
  key: ActionJournalKey,
  options: { readonly full?: boolean; readonly variant?: number } = {},
): ChannelActionRequest {
  const full = options.full ?? true;
  const variant = options.variant ?? 0;
  const orderId = key.orderId;
  const channelRef = {
    channel: key.channel,
    channelOrderRef: `R-${orderId}`,
    ...(full ? { marketplace: 'amazon.fr', via: 'lengow' } : {}),
  };
  const lines = [{ lineId: `l-${String(variant + 1)}`, quantity: variant + 2 }];
  const reason = full ? { reason: 'Out of stock: the buyer agreed by phone.' } : {};
  const eur = (amount: string) => ({ amount, currency: 'EUR' }) as const;
  switch (key.action) {
    case 'accept':
      return { action: 'accept', orderId, channelRef, lines };
    case 'refuse':
      return { action: 'refuse', orderId, channelRef, lines, ...reason };
    case 'cancel':
      return { action: 'cancel', orderId, channelRef, lines: full ? lines : [], ...reason };
    case 'ship':
      return {
        action: 'ship',
        orderId,
        channelRef,
        parcelId: `p-${String(variant + 1)}`,
        carrier: { code: 'colissimo', ...(full ? { service: 'DOM' } : {}) },
        tracking: {
          number: `6A${String(12345678901 + variant)}`,
          carrierCode: 'colissimo',
          ...(full ? { url: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A1' } : {}),
        },
        lines,
      };
    case 'refund':
      return {
        action: 'refund',
        orderId,
        channelRef,
        lines: lines.map((l) => ({ ...l, ...(full ? { amount: eur('19.90') } : {}) })),
        ...(full ? { shipping: eur('4.95') } : {}),
        ...reason,
      };
    case 'deliver':
      return { action: 'deliver', orderId, channelRef };
  }
}

/** Every action kind, for round trips. */
export const actionKinds: readonly ChannelActionKind[] = [
  'accept',
  'refuse',
  'ship',
  'cancel',
  'refund',
  'deliver',
];

/**
 * An entry as the suite compares it: instants as milliseconds, the request apart (compared
 * first, so that a message shows the fields that differ rather than a long request).
 */
function viewOf(entry: ActionJournalEntry | undefined): unknown {
  if (entry === undefined) return undefined;
  return {
    ...entry,
    request: undefined,
    createdAt: Date.parse(entry.createdAt),
    updatedAt: Date.parse(entry.updatedAt),
  };
}

/** The entry a fresh `begin` makes. */
export function beganEntry(
  key: ActionJournalKey,
  request: ChannelActionRequest,
  now: string,
): ActionJournalEntry {
  return { ...key, request, state: 'sending', attempts: 0, createdAt: now, updatedAt: now };
}

/** Fails unless the entry is the expected one (instants compared as instants). */
export function checkEntry(
  actual: ActionJournalEntry | undefined,
  expected: ActionJournalEntry | undefined,
  what: string,
): void {
  checkSame(actual?.request, expected?.request, `${what}: request`);
  checkSame(viewOf(actual), viewOf(expected), what);
}

/** Fails unless the entries are the expected ones, in order. */
export function checkEntries(
  actual: readonly ActionJournalEntry[],
  expected: readonly ActionJournalEntry[],
  what: string,
): void {
  checkSame(
    actual.map((e) => e.request),
    expected.map((e) => e.request),
    `${what}: requests`,
  );
  checkSame(actual.map(viewOf), expected.map(viewOf), what);
}

/** Begins an action that must be new; its entry. */
export async function beginNew(
  journal: ActionJournal,
  key: ActionJournalKey,
  now: string,
  request: ChannelActionRequest = requestFor(key),
): Promise<ActionJournalEntry> {
  const begun = await journal.begin(key, request, now);
  check(begun.created, `begin of ${show(key)}: expected created: true, got ${show(begun)}`);
  return begun.entry;
}
