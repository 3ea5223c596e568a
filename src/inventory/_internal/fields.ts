import { z } from 'zod';

/** One line of text, at least one character, no leading or trailing white space. */
const singleLine = /^\S(?:.*\S)?$/;

/** An identifier (warehouse, SKU, order, line): 1 to 128 characters on one line. */
export function identifier(): z.ZodString {
  return z.string().min(1).max(128).regex(singleLine);
}

/** Free text of 1 to `max` characters. */
export function text(max: number): z.ZodString {
  return z.string().min(1).max(max);
}

/** A count of units: a safe integer, zero or more. */
export function count(): z.ZodInt {
  return z.int().min(0);
}

/** A count of units that must be at least one. */
export function positiveCount(): z.ZodInt {
  return z.int().min(1);
}

/** An instant in ISO 8601 with an offset or `Z`. */
export function instant(): z.ZodISODateTime {
  return z.iso.datetime({ offset: true });
}

/** Whether a value is an identifier as {@link identifier} describes it. */
export function isIdentifier(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 128 && singleLine.test(value);
}
