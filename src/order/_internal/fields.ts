import { z } from 'zod';
import type { SchemaTextFormat } from '../errors.js';

/** One line of text, at least one character, no leading or trailing white space. */
const singleLine = /^\S(?:.*\S)?$/;

/** A lower-case slug: letters, digits, `.`, `_`, `-`; starts and ends with a letter or digit. */
const slug = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/** A tracking number as carriers print it: letters, digits and hyphens. */
const tracking = /^[0-9A-Za-z-]+$/;

/** A tax rate as a fraction from 0 to 1 with at most 6 decimals: `'0.2'`, `'0.055'`, `'0'`. */
const rate = /^(?:0(?:\.\d{1,6})?|1(?:\.0{1,6})?)$/;

/** A VAT number in canonical form: two-letter prefix, then letters and digits, no spaces. */
const vatNumber = /^[A-Z]{2}[0-9A-Z+*]{2,13}$/;

/**
 * The named format of each pattern used by the order schemas (their own, money's amounts and
 * the address's country), by regex source, so that an issue says what was expected without
 * quoting a regular expression.
 */
export const patternFormats: ReadonlyMap<string, SchemaTextFormat> = new Map<
  string,
  SchemaTextFormat
>([
  [singleLine.source, 'single_line'],
  [slug.source, 'slug'],
  [rate.source, 'tax_rate'],
  [tracking.source, 'tracking_number'],
  [vatNumber.source, 'vat_number'],
  ['^-?\\d+(?:\\.\\d+)?$', 'decimal'],
  ['^[A-Z]{2}$', 'country_code'],
]);

/** Longest identifier (ids, SKUs, channel references), in characters. */
const MAX_ID_LENGTH = 128;

/** An identifier: 1 to 128 characters on one line, without surrounding spaces. */
export function identifier(): z.ZodString {
  return z.string().min(1).max(MAX_ID_LENGTH).regex(singleLine);
}

/** Free text of 1 to `max` characters (may span lines). */
export function text(max: number): z.ZodString {
  return z.string().min(1).max(max);
}

/** A lower-case slug of 1 to 64 characters, for channel, carrier and feed-manager codes. */
export function slugCode(): z.ZodString {
  return z.string().min(1).max(64).regex(slug);
}

/** A count of units: a safe integer, zero or more. */
export function count(): z.ZodInt {
  return z.int().min(0);
}

/** A count of units that must be at least one. */
export function positiveCount(): z.ZodInt {
  return z.int().min(1);
}

/** An instant in ISO 8601 with seconds and an offset or `Z`: `'2025-03-01T09:30:00+01:00'`. */
export function instant(): z.ZodISODateTime {
  return z.iso.datetime({ offset: true });
}

/** A carrier's tracking number: 1 to 64 letters, digits or hyphens. */
export function trackingNumber(): z.ZodString {
  return z.string().min(1).max(64).regex(tracking);
}

/** A tax rate as decimal text, a fraction from 0 to 1 (`'0.2'` is 20 %). */
export const TaxRateSchema = z.string().max(8).regex(rate);

/** A VAT number, upper case without spaces or dots. */
export const VatNumberSchema = z.string().max(15).regex(vatNumber);
