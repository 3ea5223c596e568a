import {
  moneyFromMinorUnits,
  parseMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { ChannelPayloadInvalid } from '../errors.js';

/** A JSON object as read from a payload. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** Describes a value in a few words for `received` (never its whole content). */
function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') {
    const excerpt = value.length > 24 ? `${value.slice(0, 24)}…` : value;
    return `string "${excerpt}"`;
  }
  if (typeof value === 'number') return `number ${String(value)}`;
  return typeof value;
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads payload fields without ever throwing, and collects `channel/payload_invalid` issues.
 * Only own data properties are read: inherited keys, `__proto__` and getters count as absent.
 */
export class PayloadReader {
  readonly issues: ChannelPayloadInvalid[] = [];

  constructor(readonly channel: string) {}

  /** Records an issue. */
  report(path: string, expected: string, received: unknown, described?: string): void {
    this.issues.push({
      code: 'channel/payload_invalid',
      channel: this.channel,
      path,
      expected,
      received: described ?? describeValue(received),
    });
  }

  /** The own data property `key` of `record`, or undefined (getters are not data). */
  get(record: JsonRecord, key: string): unknown {
    try {
      const descriptor = Object.getOwnPropertyDescriptor(record, key);
      return descriptor !== undefined && 'value' in descriptor
        ? (descriptor.value as unknown)
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** An object field; `null` and absence give undefined, reported when `required`. */
  record(
    parent: JsonRecord,
    key: string,
    path: string,
    required: boolean,
    expected = 'object',
  ): JsonRecord | undefined {
    const value = this.get(parent, key);
    if (isRecord(value)) return value;
    if ((value !== undefined && value !== null) || required) this.report(path, expected, value);
    return undefined;
  }

  /** An array field, as a plain copy; `null` and absence give undefined, reported when `required`. */
  array(parent: JsonRecord, key: string, path: string, required: boolean): unknown[] | undefined {
    const value = this.get(parent, key);
    if (Array.isArray(value)) {
      try {
        return Array.from(value as unknown[]);
      } catch {
        this.report(path, 'array', 'unreadable');
        return undefined;
      }
    }
    if ((value !== undefined && value !== null) || required) this.report(path, 'array', value);
    return undefined;
  }

  /**
   * A text field, trimmed; `null`, absence and blank text give undefined, reported when
   * `required`. With `numbers`, a safe integer is read as its digits (ids, postal codes).
   */
  text(
    parent: JsonRecord,
    key: string,
    path: string,
    options: { readonly required?: boolean; readonly numbers?: boolean } = {},
  ): string | undefined {
    const value = this.get(parent, key);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (options.numbers === true && Number.isSafeInteger(value)) return String(value);
    const blank = value === undefined || value === null || typeof value === 'string';
    if (!blank || options.required === true) this.report(path, 'text', value);
    return undefined;
  }

  /**
   * Whether the field `key` holds nothing: absent, `null`, or an object whose own values are
   * all absent, `null` or blank text (how channels send an address they withhold). Not reported.
   */
  blank(parent: JsonRecord, key: string): boolean {
    const value = this.get(parent, key);
    if (value === undefined || value === null) return true;
    if (!isRecord(value)) return false;
    try {
      return Object.keys(value).every((field) => {
        const item = this.get(value, field);
        return (
          item === undefined || item === null || (typeof item === 'string' && item.trim() === '')
        );
      });
    } catch {
      return false;
    }
  }

  /** A boolean field; anything else gives undefined (not reported: flags are optional). */
  flag(parent: JsonRecord, key: string): boolean | undefined {
    const value = this.get(parent, key);
    return typeof value === 'boolean' ? value : undefined;
  }

  /** A count of units, a safe integer ≥ 1. */
  quantity(parent: JsonRecord, key: string, path: string): number | undefined {
    const value = this.get(parent, key);
    if (Number.isSafeInteger(value) && (value as number) >= 1) return value as number;
    this.report(path, 'whole number of units, at least 1', value);
    return undefined;
  }

  /**
   * An amount in `currency`, read exactly with `parseMoney` (a JSON number through its shortest
   * text, so `0.1` is one tenth). `null` and absence give `fallback`, or undefined without an
   * issue when `optional`.
   */
  money(
    parent: JsonRecord,
    key: string,
    path: string,
    currency: CurrencyCode,
    options: { readonly fallback?: Money; readonly optional?: boolean } = {},
  ): Money | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) {
      if (options.fallback !== undefined) return options.fallback;
      if (options.optional === true) return undefined;
    }
    const parsed = parseMoney(value, currency);
    if (parsed.ok) return parsed.value;
    this.report(path, 'decimal amount', value);
    return undefined;
  }

  /**
   * An amount in `currency` given as a whole number of its minor units (ShippingBo's `*_cents`:
   * 1250 EUR → 12.50, 1250 JPY → 1250): a safe integer, or its digits as text. Negative counts
   * are refused unless `signed`. `null` and absence give `fallback`, or undefined without an
   * issue when `optional`.
   */
  cents(
    parent: JsonRecord,
    key: string,
    path: string,
    currency: CurrencyCode,
    options: {
      readonly fallback?: Money;
      readonly optional?: boolean;
      readonly signed?: boolean;
    } = {},
  ): Money | undefined {
    const value = this.get(parent, key);
    if (value === undefined || value === null) {
      if (options.fallback !== undefined) return options.fallback;
      if (options.optional === true) return undefined;
    }
    const expected =
      options.signed === true ? 'whole number of cents' : 'whole number of cents, at least 0';
    const units = typeof value === 'number' || typeof value === 'string' ? value : undefined;
    const parsed = units === undefined ? undefined : moneyFromMinorUnits(units, currency);
    if (parsed?.ok === true && (options.signed === true || !parsed.value.amount.lt(0)))
      return parsed.value;
    this.report(path, expected, value);
    return undefined;
  }
}
