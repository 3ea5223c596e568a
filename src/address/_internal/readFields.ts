import type { AddressIssue, AddressPath, FieldInvalidReason, ValueKind } from '../errors.js';
import { addressFieldMaxLength, addressFields, type AddressField } from '../schema.js';
import { isArrayValue } from './isArrayValue.js';
import { collapseWhitespace, hasControlCharacters } from './text.js';

/** Tells the JSON-ish kind of any value. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (isArrayValue(value)) return 'array';
  return typeof value;
}

/** The string fields read from untrusted input, and the fields refused on the way. */
export interface ReadFields {
  readonly fields: Partial<Record<AddressField, string>>;
  /** The fields refused, each with an `address/field_invalid` issue. */
  readonly refused: Readonly<Partial<Record<AddressField, true>>>;
  readonly issues: readonly AddressIssue[];
}

// Reads an own data property only: no getter runs, nothing comes from the prototype chain.
function readOwn(input: object, key: string): unknown {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(input, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    // A Proxy whose trap throws: treat the field as absent.
    return undefined;
  }
}

function refuse(
  read: { refused: Partial<Record<AddressField, true>>; issues: AddressIssue[] },
  base: AddressPath,
  field: AddressField,
  value: unknown,
  reason: FieldInvalidReason,
): void {
  read.refused[field] = true;
  read.issues.push({
    code: 'address/field_invalid',
    path: [...base, field],
    field,
    reason,
    received: kindOf(value),
    maxLength: addressFieldMaxLength[field],
  });
}

/**
 * Reads the address fields of an object: `undefined`, `null` and blank strings count as absent;
 * other non-strings, over-long values and control characters become `address/field_invalid`.
 * Unknown keys (including `__proto__`) are ignored.
 */
export function readFields(input: object, base: AddressPath): ReadFields {
  const read = {
    fields: {} as Partial<Record<AddressField, string>>,
    refused: {} as Partial<Record<AddressField, true>>,
    issues: [] as AddressIssue[],
  };
  for (const field of addressFields) {
    const value = readOwn(input, field);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      refuse(read, base, field, value, 'wrong_type');
      continue;
    }
    const text = collapseWhitespace(value);
    if (text === '') continue;
    if (hasControlCharacters(text)) refuse(read, base, field, value, 'control_characters');
    else if (text.length > addressFieldMaxLength[field] && field !== 'country') {
      refuse(read, base, field, value, 'too_long');
    } else read.fields[field] = text;
  }
  return read;
}
