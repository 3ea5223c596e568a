import { isArrayValue } from './isArrayValue.js';

/** A short, safe description of an untrusted value for error fields (never calls its methods). */
export function describeInput(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    case 'number':
      return String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'boolean':
      return String(value);
    case 'object':
      return value === null ? 'null' : isArrayValue(value) ? 'array' : 'object';
    default:
      return typeof value;
  }
}
