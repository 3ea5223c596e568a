import type { z } from 'zod';
import { moneyLimits } from '../../money/index.js';
import type { OrderIssue, OrderIssuePath, OrderSchemaInvalid } from '../errors.js';
import { readCrossFieldDetail } from './customIssues.js';
import { describeValue, readPath } from './describeValue.js';
import { patternNames } from './fields.js';

type ZodIssue = z.core.$ZodIssue;

const typeNames: Readonly<Record<string, string>> = {
  int: 'integer',
  number: 'number',
  string: 'string',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
};

const formatNames: Readonly<Record<string, string>> = {
  datetime: 'ISO 8601 date-time with seconds and an offset or Z',
  email: 'e-mail address',
  url: 'http or https URL',
};

/** Largest number of allowed values listed in full in `expected`. */
const MAX_LISTED_VALUES = 12;

function toPath(path: readonly PropertyKey[]): OrderIssuePath {
  return path.map((key) => (typeof key === 'symbol' ? key.toString() : key));
}

function plural(n: number | bigint, word: string): string {
  return `${String(n)} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

function describeBound(
  origin: string,
  bound: number | bigint,
  inclusive: boolean,
  side: 'min' | 'max',
): string {
  if (origin === 'string') {
    return `${side === 'min' ? 'at least' : 'at most'} ${plural(bound, 'character')}`;
  }
  if (origin === 'array')
    return `${side === 'min' ? 'at least' : 'at most'} ${plural(bound, 'item')}`;
  const operator = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `${operator} ${String(bound)}`;
}

function describeValues(values: readonly unknown[], path: readonly PropertyKey[]): string {
  if (path.at(-1) === 'currency') return 'ISO 4217 currency code such as EUR';
  const shown = values.map((v) => (typeof v === 'string' ? v : String(v)));
  if (shown.length <= MAX_LISTED_VALUES) return `one of: ${shown.join(', ')}`;
  return `one of ${shown.length} values such as ${shown.slice(0, 3).join(', ')}`;
}

/** Derives a short `expected` from a zod issue's typed fields (never from its message). */
function describeExpected(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, issue.inclusive ?? true, 'min');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, issue.inclusive ?? true, 'max');
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern !== undefined) {
        // zod gives the pattern as a regex literal: `/^…$/` (plus flags).
        const source = /^\/(.*)\/[a-z]*$/s.exec(issue.pattern)?.[1] ?? issue.pattern;
        return patternNames.get(source) ?? `text matching /${source}/`;
      }
      return formatNames[issue.format] ?? `${issue.format} format`;
    case 'not_multiple_of':
      return `multiple of ${String(issue.divisor)}`;
    case 'invalid_value':
      return describeValues(issue.values, issue.path);
    case 'unrecognized_keys':
      return 'no such key';
    case 'invalid_union':
      return 'one of the accepted forms';
    case 'invalid_key':
      return 'a valid key';
    case 'invalid_element':
      return 'a valid element';
    case 'custom':
      // The only refinement of the order schemas without typed params is money's range check.
      return issue.path.at(-1) === 'amount'
        ? `amount within ±${moneyLimits.maxAbsExclusive} (excluded), at most ${String(moneyLimits.maxFractionDigits)} decimals`
        : 'a valid value';
  }
}

function schemaInvalid(path: OrderIssuePath, expected: string, input: unknown): OrderSchemaInvalid {
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
      return issue.keys.map((key) => schemaInvalid([...path, key], 'no such key', input));
    }
    return [schemaInvalid(path, describeExpected(issue), input)];
  });
}
