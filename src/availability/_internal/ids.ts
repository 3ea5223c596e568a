/** One line of text, at least one character, no leading or trailing white space. */
const singleLine = /^\S(?:.*\S)?$/;

/** Whether a value is an id: a string of 1 to 128 characters on one line. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 128 && singleLine.test(value);
}

/** Compares two strings by UTF-16 code units, the order every list of this module uses. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
