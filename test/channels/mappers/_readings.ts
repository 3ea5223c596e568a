import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type {
  ChannelOrderReading,
  ChannelPayloadIssue,
  MappedOrder,
  PendingChannelOrder,
} from '../../../src/channels/index.js';
import { formatError } from '../../../src/errors/index.js';
import type { Result } from '../../../src/result/index.js';
import { setup, value } from '../../engine/_support.js';

/** A JSON object of a payload, to change in a test. */
export type Json = Record<string, unknown>;

/** A payload mapper (`fromLengowOrder`…): the payload and its context to a reading. */
export type ChannelMapper<C> = (
  json: unknown,
  context: C,
) => Result<ChannelOrderReading, readonly ChannelPayloadIssue[]>;

/** An amount in euros, as an order carries it. */
export const eur = (amount: string) => ({ amount, currency: 'EUR' });
/** An amount in pounds sterling, as an order carries it. */
export const gbp = (amount: string) => ({ amount, currency: 'GBP' });
/** An amount in US dollars, as an order carries it. */
export const usd = (amount: string) => ({ amount, currency: 'USD' });
/** An amount in yen, as an order carries it. */
export const jpy = (amount: string) => ({ amount, currency: 'JPY' });

/** The quantities of a line in the initial form, besides `ordered` and `cancelled`. */
export const initial = { allocated: 0, shipped: 0, delivered: 0, returned: 0, refunded: 0 };

/** A fresh copy of the fixture `fixtures/<name>.json` (tests may change it). */
function loadFixture(name: string): unknown {
  const path = join(import.meta.dirname, 'fixtures', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Checks that the messages of the first issue name its path, in English and in French.
 *
 * @param found - the issues
 * @param path - the path the messages must quote
 */
export function expectMessagesName(found: readonly ChannelPayloadIssue[], path: string): void {
  const [issue] = found;
  if (issue === undefined) expect.fail('no issue');
  expect(formatError(issue, 'en')).toContain(`"${path}"`);
  expect(formatError(issue, 'fr')).toContain(`« ${path} »`);
}

/**
 * Gives `record` a property `key` whose getter throws (a mapper must read it as absent).
 *
 * @param record - the object to change
 * @param key - the property
 */
export function defineThrowingGetter(record: Json, key: string): void {
  Object.defineProperty(record, key, {
    get: () => {
      throw new Error('boom');
    },
    enumerable: true,
  });
}

/** What the tests of one mapper read payloads with; each fails the test on another outcome. */
export interface MapperReadings<C, F> {
  /** A fresh copy of the mapper's fixture `name` (`simple` for `lengow-simple.json`). */
  readonly fixture: (name: string) => F;
  /** The complete order. */
  readonly mapped: (json: unknown, context?: C) => MappedOrder;
  /** The pending order. */
  readonly pending: (json: unknown, context?: C) => PendingChannelOrder;
  /** The issues. */
  readonly issues: (json: unknown, context?: C) => readonly ChannelPayloadIssue[];
  /** The issues as `[path, expected, received]`, an order's issues as they are. */
  readonly described: (json: unknown, context?: C) => unknown[];
  /**
   * Ingests the order of each fixture twice: checks it is created, then unchanged, under the
   * engine's own id.
   */
  readonly expectIngestedOnce: (channel: string, names: readonly string[]) => Promise<void>;
}

/**
 * The readings of one mapper, with a default context.
 *
 * @param mapper - the mapper under test
 * @param prefix - the prefix of its fixtures (`lengow`)
 * @param context - the context used when a test gives none
 * @returns the readings
 */
export function readingsOf<C, F = Json>(
  mapper: ChannelMapper<C>,
  prefix: string,
  context: C,
): MapperReadings<C, F> {
  const fixture = (name: string) => loadFixture(`${prefix}-${name}`) as F;
  const read = (json: unknown, ctx: C = context) => {
    const result = mapper(json, ctx);
    if (!result.ok) expect.fail(JSON.stringify(result.error));
    return result.value;
  };
  const mapped = (json: unknown, ctx: C = context) => {
    const reading = read(json, ctx);
    if (reading.kind !== 'order') expect.fail(`expected a complete order, got ${reading.kind}`);
    return reading;
  };
  const pending = (json: unknown, ctx: C = context) => {
    const reading = read(json, ctx);
    if (reading.kind !== 'pending') expect.fail(`expected a pending order, got ${reading.kind}`);
    return reading;
  };
  const issues = (json: unknown, ctx: C = context) => {
    const result = mapper(json, ctx);
    if (result.ok) expect.fail('expected issues');
    return result.error;
  };
  const described = (json: unknown, ctx: C = context) =>
    issues(json, ctx).map((i) => ('channel' in i ? [i.path, i.expected, i.received] : i));
  const expectIngestedOnce = async (channel: string, names: readonly string[]) => {
    const { oms } = setup();
    for (const name of names) {
      const { order } = mapped(fixture(name));
      const first = value(await oms.ingest(channel, order));
      const second = value(await oms.ingest(channel, mapped(fixture(name)).order));
      expect(first.outcome).toBe('created');
      expect(second.outcome).toBe('unchanged');
      expect(second.state.orderId).toBe(first.state.orderId);
      expect(first.state.orderId).not.toBe(order.orderId); // the engine's own id
    }
  };
  return { fixture, mapped, pending, issues, described, expectIngestedOnce };
}
