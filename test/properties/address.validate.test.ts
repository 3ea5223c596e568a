import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { AddressSchema, addressMessages, validateAddress } from '../../src/index.js';
import { arbitraryAddress, arbitraryBrokenAddress } from '../../src/testing/index.js';
import { zipexAddresses } from '../address/_helpers.js';

const knownCodes = new Set(Object.keys(addressMessages));

/** Checks the outcome is a well-formed Result: a schema-valid address or typed issues. */
function expectWellFormed(input: unknown): void {
  const result = validateAddress(input);
  if (result.ok) {
    expect(AddressSchema.safeParse(result.value).success).toBe(true);
    return;
  }
  expect(result.error.length).toBeGreaterThan(0);
  for (const issue of result.error) {
    expect(knownCodes.has(issue.code)).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
  }
}

const fieldNames = [
  'name',
  'company',
  'line1',
  'line2',
  'line3',
  'postalCode',
  'city',
  'region',
  'country',
  'phone',
  'email',
];
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, -0, 1e308, 'Infinity', '__proto__', ''),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
// JSON text of a value, including texts JSON.stringify never writes (1e400 parses to Infinity).
const hostileJsonText = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom('1e400', '-1e400', '"Infinity"', '"NaN"', '"__proto__"', '{"__proto__":{}}'),
);
// Objects with address keys, __proto__ and constructor keys, parsed from JSON like a channel payload.
const hostileJson = fc
  .array(
    fc.tuple(
      fc.constantFrom(...fieldNames, '__proto__', 'constructor', 'toString'),
      hostileJsonText,
    ),
    { maxLength: 14 },
  )
  .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);

describe('validateAddress on arbitrary input', () => {
  test.prop([fc.jsonValue()], { numRuns: 1000 })('never throws on JSON values', (value) => {
    expectWellFormed(value);
  });

  test.prop(
    [
      fc.anything({
        withBigInt: true,
        withMap: true,
        withSet: true,
        withDate: true,
        withNullPrototype: true,
      }),
    ],
    {
      numRuns: 1000,
    },
  )('never throws on anything', (value) => {
    expectWellFormed(value);
  });

  test.prop([hostileJson], { numRuns: 1000 })(
    'never throws on JSON objects with __proto__ keys',
    (text) => {
      expectWellFormed(JSON.parse(text));
      expect(({} as Record<string, unknown>).name).toBeUndefined();
    },
  );

  test.prop([fc.dictionary(fc.constantFrom(...fieldNames), hostileValue)], { numRuns: 1000 })(
    'never throws on address-like objects with hostile values',
    (value) => {
      expectWellFormed(value);
    },
  );
});

describe('validateAddress on the zipex fixtures', () => {
  // A zipex example as people type it: any case, spaces and hyphens dropped, padded.
  test.prop(
    [
      fc.constantFrom(...zipexAddresses),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('', ' ', '\t'),
    ],
    { numRuns: 1000 },
  )(
    'every zipex of every country validates and comes back as published',
    ({ country, postalCode, address }, lower, compact, pad) => {
      const cased = lower ? postalCode.toLowerCase() : postalCode;
      const typed = `${pad}${compact ? cased.replace(/[\s-]/g, '') : cased}${pad}`;
      const input = {
        ...address,
        country: lower ? country.toLowerCase() : country,
        postalCode: typed,
      };
      const result = validateAddress(input);
      expect(result.ok ? [] : result.error).toEqual([]);
      if (result.ok) expect(result.value.postalCode).toBe(postalCode);
    },
  );
});

describe('validateAddress on generated addresses', () => {
  test.prop([arbitraryAddress()], { numRuns: 1000 })(
    'accepts every arbitraryAddress unchanged',
    (address) => {
      expect(validateAddress(address)).toEqual({ ok: true, value: address });
    },
  );

  test.prop([arbitraryBrokenAddress()], { numRuns: 1000 })(
    'rejects every arbitraryBrokenAddress with exactly the named issue',
    ({ address, expected }) => {
      const result = validateAddress(address);
      expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual([expected]);
    },
  );
});
