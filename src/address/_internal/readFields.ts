import type { AddressIssue, AddressPath, ValueKind } from '../errors.js';
import { addressFieldMaxLength, addressFields, type AddressField } from '../schema.js';
import { collapseWhitespace, hasControlCharacters } from './text.js';

/** Tells the JSON-ish kind of any value. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The string fields read from untrusted input, and the fields refused on the way. */
export interface ReadFields {
  readonly fields: Partial<Record<AddressField, string>>;
  readonly refused: ReadonlySet<AddressField>;
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

/**
 * Reads the address fields of an object: `undefined`, `null` and blank strings count as absent;
 * other non-strings, over-long values and control characters become `address/field_invalid`.
 * Unknown keys (including `__proto__`) are ignored.
 */
export function readFields(input: object, base: AddressPath): ReadFields {
  const fields: Partial<Record<AddressField, string>> = {};
  const refused = new Set<AddressField>();
  const issues: AddressIssue[] = [];
  for (const field of addressFields) {
    const value = readOwn(input, field);
    if (value === undefined || value === null) continue;
    const refuse = (reason: 'wrong_type' | 'too_long' | 'control_characters'): void => {
      refused.add(field);
      issues.push({
        code: 'address/field_invalid',
        path: [...base, field],
        field,
        reason,
        received: kindOf(value),
        maxLength: addressFieldMaxLength[field],
      });
    };
    if (typeof value !== 'string') {
      refuse('wrong_type');
      continue;
    }
    const text = collapseWhitespace(value);
    if (text === '') continue;
    if (hasControlCharacters(text)) refuse('control_characters');
    else if (text.length > addressFieldMaxLength[field] && field !== 'country') refuse('too_long');
    else fields[field] = text;
  }
  return { fields, refused, issues };
}
