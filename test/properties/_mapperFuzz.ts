// Shared fuzzing of the channel payload mappers: arbitrary JSON, arbitrary values and mutated
// fixtures, 1,000 runs each; a mapper never throws, never pollutes prototypes, and answers a
// valid reading or typed issues naming its channel. Each mapper's property file calls
// `describeMapperFuzz` once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ChannelOrderReading, ChannelPayloadIssue } from '../../src/channels/index.js';
import { parseOrder } from '../../src/order/index.js';
import type { Result } from '../../src/result/index.js';

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

const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostile }),
  ),
  { minLength: 1, maxLength: 3 },
);

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

/** What {@link describeMapperFuzz} needs to know of one mapper. */
export interface MapperFuzzSubject {
  /** The mapper's name, for the test titles (`fromLengowOrder`). */
  readonly name: string;
  /** The channel code its issues name. */
  readonly channel: string;
  /** Its fixtures in test/channels/mappers/fixtures, without `.json` (`lengow-simple`). */
  readonly fixtures: readonly string[];
  /** Runs the mapper on untrusted input. */
  readonly map: (input: unknown) => Result<ChannelOrderReading, readonly ChannelPayloadIssue[]>;
  /** Whether arbitrary JSON must fail to map (true unless the payload is a plain list of texts). */
  readonly arbitraryJsonFails?: boolean;
}

const fixtureDir = join(import.meta.dirname, '../channels/mappers/fixtures');

/**
 * Declares the fuzzing tests of one mapper: arbitrary JSON and arbitrary values never throw,
 * mutated fixtures give a valid reading or typed issues without polluting prototypes, and
 * every fixture maps.
 */
export function describeMapperFuzz(subject: MapperFuzzSubject): void {
  const fixtures = subject.fixtures.map(
    (name) => JSON.parse(readFileSync(join(fixtureDir, `${name}.json`), 'utf8')) as unknown,
  );
  const paths = fixtures.map((f) => pathsOf(f));
  const check = (input: unknown) => checkReading(subject.map(input), subject.channel);

  describe(`${subject.name} on hostile input`, () => {
    test.prop([fc.jsonValue()], { numRuns: 1000 })('arbitrary JSON never throws', (json) => {
      const result = check(json);
      if (subject.arbitraryJsonFails ?? true) expect(result.ok).toBe(false);
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
      check(value);
    });

    test.prop([fc.nat({ max: fixtures.length - 1 }), mutations], { numRuns: 1000 })(
      'mutated fixtures never throw and give ok or typed issues',
      (index, changes) => {
        check(mutateValue(fixtures[index], paths[index] ?? [], changes));
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      },
    );

    it.each(subject.fixtures.map((name, index) => [name, index] as const))(
      'the fixture %s maps',
      (_name, index) => {
        expect(check(fixtures[index]).ok).toBe(true);
      },
    );
  });
}
