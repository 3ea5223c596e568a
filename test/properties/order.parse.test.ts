import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  formatError,
  MoneyJsonSchema,
  OrderSchema,
  parseOrder,
  validateTotals,
  type Order,
  type OrderIssue,
  type ReceivedValue,
} from '../../src/index.js';
import { arbitraryOrder } from '../../src/testing/index.js';

const issueCodes: readonly string[] = [
  'order/schema_invalid',
  'order/line_id_duplicate',
  'order/line_price_missing',
  'order/currency_mismatch',
  'order/parcel_line_unknown',
  'order/totals_mismatch',
];

/** The fields each kind of `received` may carry besides `kind`: numbers and booleans, no text. */
const receivedFields: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  missing: {},
  undefined: {},
  null: {},
  nan: {},
  object: {},
  infinity: { negative: 'boolean' },
  number: { value: 'number' },
  boolean: { value: 'boolean' },
  string: { length: 'number' },
  array: { length: 'number' },
  other: { type: 'bigint|symbol|function' },
};

/** The expectations the order schema can state about plain data (not the fallbacks). */
const expectationKinds: readonly string[] = [
  'type',
  'min',
  'max',
  'format',
  'one_of',
  'multiple_of',
  'amount_range',
  'known_key',
];

/**
 * What is wrong with a `received` value: a kind that plain data never gives (`unreadable` is
 * the fallback for exotic objects), a field not listed, a field of the wrong type, or text
 * other than the closed `type` names: `received` must never quote the input.
 */
function receivedProblems(received: ReceivedValue): string[] {
  const fields = receivedFields[received.kind];
  if (fields === undefined) return [`received kind ${received.kind}`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(received)) {
    if (key === 'kind') continue;
    const type = fields[key];
    const fits =
      type === 'number'
        ? typeof value === 'number' &&
          Number.isFinite(value) &&
          (key !== 'length' || (Number.isSafeInteger(value) && value >= 0))
        : type === 'boolean'
          ? typeof value === 'boolean'
          : type !== undefined && typeof value === 'string' && type.split('|').includes(value);
    if (!fits) problems.push(`received ${JSON.stringify(received)}`);
  }
  return problems;
}

/**
 * What is wrong with a value that should be a typed order issue: an unknown code, prose, a bad
 * path, amounts that are not MoneyJson, a `received` that quotes the input, an `expected` that
 * is a fallback (plain data must never reach them), or a message that leaks `undefined` or
 * `[object …]`. Empty when typed.
 * (One `expect` per run instead of one per field keeps the 1,000 runs fast.)
 */
function problemsOf(issue: OrderIssue): string[] {
  const problems: string[] = [];
  if (!issueCodes.includes(issue.code)) problems.push(`unknown code ${issue.code}`);
  if (Object.hasOwn(issue, 'message')) problems.push(`${issue.code} has a message`);
  if (issue.code === 'order/totals_mismatch') {
    for (const m of [issue.expected, issue.actual, issue.difference]) {
      if (!MoneyJsonSchema.safeParse(m).success) problems.push(`amount ${JSON.stringify(m)}`);
    }
    return problems;
  }
  if (
    !Array.isArray(issue.path) ||
    issue.path.some((k) => !['string', 'number'].includes(typeof k))
  ) {
    problems.push(`${issue.code} path ${String(issue.path)}`);
  }
  if (issue.code === 'order/schema_invalid') {
    if (!expectationKinds.includes(issue.expected.kind)) {
      problems.push(`expected ${JSON.stringify(issue.expected)}`);
    }
    problems.push(...receivedProblems(issue.received));
    for (const locale of ['en', 'fr'] as const) {
      const message = formatError(issue, locale);
      const leak = issue.received.kind === 'undefined' ? /\[object/ : /undefined|\[object/;
      if (leak.test(message)) problems.push(`${locale} message ${message}`);
    }
  }
  return problems;
}

/** Runs the schema and both entry points: none may throw, failures must be typed issues. */
function expectTypedOutcome(input: unknown): void {
  OrderSchema.safeParse(input); // throws nothing, without parseOrder's safety net
  const problems: string[] = [];
  for (const result of [parseOrder(input), validateTotals(input)]) {
    if (result.ok) continue;
    if (result.error.length === 0) problems.push('no issue');
    problems.push(...result.error.flatMap(problemsOf));
  }
  expect(problems).toEqual([]);
}

// The hostile values of the brief, plus wrong types.
const nasty = fc.constantFrom<unknown>(
  Number.NaN,
  JSON.parse('1e400') as number,
  -Infinity,
  'Infinity',
  'NaN',
  -1,
  1.5,
  -0.5,
  2 ** 53,
  'XYZ',
  'eur',
  '',
  ' ',
  null,
  true,
  [],
  {},
  '12,50',
  '1e5',
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
);

type Node = Record<string | number, unknown>;

/** Every path to a node (object, array or leaf) of a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Node)[k], [...prefix, k]))];
}

/** A deep copy of `order` with the node at `path` replaced, or a `__proto__` key added to it. */
function mutated(
  order: Order,
  path: (string | number)[],
  value: unknown,
  addProto: boolean,
): unknown {
  const copy = structuredClone(order) as unknown as Node;
  if (path.length === 0) return addProto ? copy : value;
  const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, copy);
  const key = path.at(-1) as string | number;
  if (addProto && typeof parent[key] === 'object' && parent[key] !== null) {
    // An own property named __proto__, as JSON.parse makes it.
    Object.defineProperty(parent[key], '__proto__', {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else {
    parent[key] = value;
  }
  return copy;
}

const mutatedOrder = arbitraryOrder().chain((order) =>
  fc.tuple(fc.constant(order), fc.constantFrom(...pathsOf(order)), nasty, fc.boolean()),
);

describe('parseOrder and validateTotals never throw', () => {
  test.prop([fc.jsonValue()], { numRuns: 1000 })('on any JSON value', expectTypedOutcome);

  test.prop([fc.anything()], { numRuns: 1000 })('on anything', expectTypedOutcome);

  test.prop([mutatedOrder], { numRuns: 1000 })(
    'on a valid order with one node replaced by a hostile value or given a __proto__ key',
    ([order, path, value, addProto]) => {
      expectTypedOutcome(mutated(order, path, value, addProto));
      expect(({} as Node).polluted).toBeUndefined();
    },
  );

  test.prop(
    [
      arbitraryOrder().chain((order) =>
        fc.tuple(
          fc.constant(order),
          fc.integer({ min: 0, max: order.lines.length - 1 }),
          fc.constantFrom(
            'ordered',
            'cancelled',
            'allocated',
            'shipped',
            'delivered',
            'returned',
            'refunded',
          ),
          fc.constantFrom<unknown>(
            -1,
            1.5,
            Number.NaN,
            JSON.parse('1e400') as number,
            'Infinity',
            '3',
          ),
        ),
      ),
    ],
    { numRuns: 1000 },
  )('and report a bad quantity at its path', ([order, index, field, value]) => {
    const input = mutated(order, ['lines', index, 'quantities', field], value, false);
    const result = parseOrder(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContainEqual(
      expect.objectContaining({
        code: 'order/schema_invalid',
        path: ['lines', index, 'quantities', field],
      }),
    );
  });
});
