import type { z } from 'zod';
import { currencyCodes, isCurrencyCode, moneyLimits } from '../../money/index.js';
import type {
  OrderIssue,
  OrderIssuePath,
  OrderSchemaInvalid,
  SchemaBoundSubject,
  SchemaExpectation,
  SchemaValueType,
} from '../errors.js';
import { readCrossFieldDetail } from './customIssues.js';
import { describeValue, readPath } from './describeValue.js';
import { patternFormats } from './fields.js';

type ZodIssue = z.core.$ZodIssue;

/** zod's `expected` type names that the order schemas can produce, by ordokit's names. */
const valueTypes: ReadonlyMap<string, SchemaValueType> = new Map<string, SchemaValueType>([
  ['int', 'integer'],
  ['number', 'number'],
  ['string', 'string'],
  ['boolean', 'boolean'],
  ['object', 'object'],
  ['array', 'array'],
]);

/** zod's own string formats used by the order schemas. */
const zodFormats: ReadonlyMap<string, SchemaExpectation> = new Map<string, SchemaExpectation>([
  ['datetime', { kind: 'format', format: 'instant' }],
  ['email', { kind: 'format', format: 'email' }],
  ['url', { kind: 'format', format: 'url' }],
]);

const validValue: SchemaExpectation = { kind: 'valid_value' };

/** Largest number of allowed values listed in a `one_of` expectation. */
const MAX_LISTED_VALUES = 12;

function toPath(path: readonly PropertyKey[]): OrderIssuePath {
  return path.map((key) => (typeof key === 'symbol' ? key.toString() : key));
}

function boundSubject(origin: string): SchemaBoundSubject {
  if (origin === 'string') return 'length';
  return origin === 'array' || origin === 'set' ? 'items' : 'value';
}

function isCurrencyList(values: readonly unknown[]): boolean {
  return (
    values.length === currencyCodes.length &&
    values.every((v) => typeof v === 'string' && isCurrencyCode(v))
  );
}

function expectOneOf(values: readonly unknown[]): SchemaExpectation {
  if (isCurrencyList(values)) return { kind: 'format', format: 'currency_code' };
  return {
    kind: 'one_of',
    values: values.slice(0, MAX_LISTED_VALUES).map((v) => String(v)),
    total: values.length,
  };
}

function expectFormat(format: string, pattern: string | undefined): SchemaExpectation {
  if (format === 'regex' && pattern !== undefined) {
    // zod gives the pattern as a regex literal: `/^…$/` (plus flags).
    const source = /^\/(.*)\/[a-z]*$/s.exec(pattern)?.[1] ?? pattern;
    const named = patternFormats.get(source);
    return named === undefined ? validValue : { kind: 'format', format: named };
  }
  return zodFormats.get(format) ?? validValue;
}

/** Derives `expected` from a zod issue's typed fields (never from its message). */
function describeExpected(issue: ZodIssue): SchemaExpectation {
  switch (issue.code) {
    case 'invalid_type': {
      const type = valueTypes.get(issue.expected);
      if (type === undefined) return validValue;
      // Every string property named `amount` in an order is a money amount: say which text.
      return type === 'string' && issue.path.at(-1) === 'amount'
        ? { kind: 'format', format: 'decimal' }
        : { kind: 'type', type };
    }
    case 'too_small':
    case 'too_big':
      return {
        kind: issue.code === 'too_small' ? 'min' : 'max',
        of: boundSubject(issue.origin),
        bound: Number(issue.code === 'too_small' ? issue.minimum : issue.maximum),
        inclusive: issue.inclusive ?? true,
      };
    case 'invalid_format':
      return expectFormat(issue.format, issue.pattern);
    case 'not_multiple_of':
      return { kind: 'multiple_of', divisor: issue.divisor };
    case 'invalid_value':
      return expectOneOf(issue.values);
    case 'unrecognized_keys':
      return { kind: 'known_key' };
    case 'custom':
      // The only refinement of the order schemas without typed params is money's range check.
      return issue.path.at(-1) === 'amount'
        ? {
            kind: 'amount_range',
            maxAbsExclusive: moneyLimits.maxAbsExclusive,
            maxFractionDigits: moneyLimits.maxFractionDigits,
          }
        : validValue;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return validValue;
  }
}

function schemaInvalid(
  path: OrderIssuePath,
  expected: SchemaExpectation,
  input: unknown,
): OrderSchemaInvalid {
  return {
    code: 'order/schema_invalid',
    path,
    expected,
    received: describeValue(readPath(input, path)),
  };
}

/**
 * Maps zod issues to typed order issues: the cross-field rules to their own codes, everything
 * else to `order/schema_invalid` with `expected` derived from the issue's fields and `received`
 * from the input itself.
 */
export function toOrderIssues(issues: readonly ZodIssue[], input: unknown): OrderIssue[] {
  return issues.flatMap((issue): OrderIssue[] => {
    const path = toPath(issue.path);
    if (issue.code === 'custom') {
      const detail = readCrossFieldDetail(issue.params);
      if (detail !== undefined) return [{ ...detail, path }];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => schemaInvalid([...path, key], { kind: 'known_key' }, input));
    }
    return [schemaInvalid(path, describeExpected(issue), input)];
  });
}
