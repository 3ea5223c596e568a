import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  fromAmazonOrder,
  fromLengowOrder,
  fromMiraklOrder,
  type ChannelOrderReading,
  type ChannelPayloadIssue,
} from '../../src/channels/index.js';
import { parseOrder } from '../../src/order/index.js';
import type { Result } from '../../src/result/index.js';

const fixtureNames = [
  'simple',
  'two-packages',
  'cancelled-line',
  'waiting-acceptance',
  'withheld-address',
] as const;
const fixtureDir = join(import.meta.dirname, '../channels/mappers/fixtures');
const fixtures = fixtureNames.map(
  (name) => JSON.parse(readFileSync(join(fixtureDir, `lengow-${name}.json`), 'utf8')) as unknown,
);

type Path = readonly (string | number)[];

/** Every node of a JSON value, by path (the root is `[]`). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => found.push(...pathsOf(item, [...path, index])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) found.push(...pathsOf(item, [...path, key]));
  }
  return found;
}

const allPaths = fixtures.map((f) => pathsOf(f));

/** Values a broken or hostile payload may hold. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0,
    1.5,
    1e308,
    2 ** 53,
    -(2 ** 60),
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '1e5',
    '0.1',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
    true,
    [],
    {},
    [null],
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"__proto__": null, "id": "X"}'),
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string(),
  fc.double(),
);

type Mutation =
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown };

const mutation: fc.Arbitrary<{ readonly fixture: number; readonly changes: Mutation[] }> =
  fc.record({
    fixture: fc.nat({ max: fixtures.length - 1 }),
    changes: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
        fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostile }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  });

/** The fixture with the changes applied, on a deep copy (paths that vanished are skipped). */
function mutate(index: number, changes: readonly Mutation[]): unknown {
  return mutateValue(fixtures[index], allPaths[index] ?? [], changes);
}

/** `source` with the changes applied, on a deep copy; `paths` are its nodes (`pathsOf`). */
function mutateValue(
  source: unknown,
  paths: readonly Path[],
  changes: readonly Mutation[],
): unknown {
  let root: unknown = structuredClone(source);
  for (const change of changes) {
    const path = paths[change.pick % paths.length] ?? [];
    if (path.length === 0) {
      if (change.kind === 'replace') root = change.value;
      continue;
    }
    let parent: unknown = root;
    for (const key of path.slice(0, -1)) {
      parent =
        typeof parent === 'object' && parent !== null
          ? (parent as Record<string | number, unknown>)[key]
          : undefined;
    }
    if (typeof parent !== 'object' || parent === null) continue;
    const last = path[path.length - 1] ?? '';
    const record = parent as Record<string | number, unknown>;
    if (change.kind === 'replace') {
      Object.defineProperty(record, last, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else Reflect.deleteProperty(record, last);
  }
  return root;
}

/** Maps without throwing and checks the result is ok or a list of typed issues. */
function checkMapping(input: unknown): Result<unknown, readonly ChannelPayloadIssue[]> {
  return checkReading(fromLengowOrder(input, { tenantId: 'shop-1' }), 'lengow');
}

/** Checks a mapper's result: a valid reading, or typed issues naming `channel`. */
function checkReading(
  result: Result<ChannelOrderReading, readonly ChannelPayloadIssue[]>,
  channel: string,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  if (result.ok) {
    const reading = result.value;
    // A mapped order is a valid canonical order whose cancellations never exceed the order.
    if (reading.kind === 'order') expect(parseOrder(reading.order).ok).toBe(true);
    else expect(reading.withheld.length).toBeGreaterThan(0);
    const lines = reading.kind === 'order' ? reading.order.lines : reading.lines;
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.quantities.cancelled).toBeLessThanOrEqual(line.quantities.ordered);
    }
    expect(typeof reading.channelStatus).toBe('string');
  } else {
    expect(result.error.length).toBeGreaterThan(0);
    for (const issue of result.error) {
      expect(issue.code).toMatch(/^(channel\/payload_invalid|order\/[a-z_]+)$/);
      if (issue.code === 'channel/payload_invalid') {
        expect(issue.channel).toBe(channel);
        for (const field of [issue.path, issue.expected, issue.received]) {
          expect(typeof field).toBe('string');
        }
        expect(issue.received.length).toBeLessThan(64);
      }
    }
  }
  return result;
}

describe('fromLengowOrder on hostile input', () => {
  test.prop([fc.jsonValue()], { numRuns: 1000 })('arbitrary JSON never throws', (json) => {
    expect(checkMapping(json).ok).toBe(false);
  });

  test.prop(
    [
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    ],
    { numRuns: 1000 },
  )('arbitrary values never throw', (value) => {
    checkMapping(value);
  });

  test.prop([mutation], { numRuns: 1000 })(
    'mutated fixtures never throw and give ok or typed issues',
    ({ fixture, changes }) => {
      checkMapping(mutate(fixture, changes));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it.each(fixtureNames.map((name, index) => [name, index] as const))(
    'the fixture %s maps',
    (_name, index) => {
      expect(checkMapping(fixtures[index]).ok).toBe(true);
    },
  );
});

const amazonNames = ['simple', 'canceled', 'pending', 'us-discounts', 'afn'] as const;
const amazonFixtures = amazonNames.map(
  (name) => JSON.parse(readFileSync(join(fixtureDir, `amazon-${name}.json`), 'utf8')) as unknown,
);
const amazonPaths = amazonFixtures.map((f) => pathsOf(f));

/** Maps an Amazon payload without throwing and checks the result is ok or typed issues. */
function checkAmazon(input: unknown): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  return checkReading(fromAmazonOrder(input, { tenantId: 'shop-1' }), 'amazon_sp_api');
}

describe('fromAmazonOrder on hostile input', () => {
  test.prop([fc.jsonValue()], { numRuns: 1000 })('arbitrary JSON never throws', (json) => {
    expect(checkAmazon(json).ok).toBe(false);
  });

  test.prop(
    [
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    ],
    { numRuns: 1000 },
  )('arbitrary values never throw', (value) => {
    checkAmazon(value);
  });

  test.prop([fc.nat({ max: amazonNames.length - 1 }), mutation.map((m) => m.changes)], {
    numRuns: 1000,
  })('mutated fixtures never throw and give ok or typed issues', (index, changes) => {
    checkAmazon(mutateValue(amazonFixtures[index], amazonPaths[index] ?? [], changes));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(amazonNames.map((name, index) => [name, index] as const))(
    'the fixture %s maps',
    (_name, index) => {
      expect(checkAmazon(amazonFixtures[index]).ok).toBe(true);
    },
  );
});

const miraklNames = ['simple', 'refused-line', 'waiting-acceptance', 'tax-excluded'] as const;
const miraklFixtures = miraklNames.map(
  (name) => JSON.parse(readFileSync(join(fixtureDir, `mirakl-${name}.json`), 'utf8')) as unknown,
);
const miraklPaths = miraklFixtures.map((f) => pathsOf(f));

/** Maps a Mirakl order without throwing and checks the result. */
function checkMirakl(input: unknown): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  return checkReading(
    fromMiraklOrder(input, { tenantId: 'shop-1', marketplace: 'conforama' }),
    'mirakl',
  );
}

describe('fromMiraklOrder on hostile input', () => {
  test.prop([fc.jsonValue()], { numRuns: 1000 })('arbitrary JSON never throws', (json) => {
    expect(checkMirakl(json).ok).toBe(false);
  });

  test.prop(
    [
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    ],
    { numRuns: 1000 },
  )('arbitrary values never throw', (value) => {
    checkMirakl(value);
  });

  test.prop(
    [
      fc.record({
        fixture: fc.nat({ max: miraklFixtures.length - 1 }),
        changes: mutation.map((m) => m.changes),
      }),
    ],
    { numRuns: 1000 },
  )('mutated fixtures never throw and give ok or typed issues', ({ fixture, changes }) => {
    checkMirakl(mutateValue(miraklFixtures[fixture], miraklPaths[fixture] ?? [], changes));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(miraklNames.map((name, index) => [name, index] as const))(
    'the fixture %s maps',
    (_name, index) => {
      expect(checkMirakl(miraklFixtures[index]).ok).toBe(true);
    },
  );
});
