export { ok, err } from './result.js';
export type { Result, Ok, Err } from './result.js';
export type { ErrorCode, ErrorShape, Locale, MessageCatalog } from './errorShape.js';
export { OrdokitError, isOrdokitError } from './ordokitError.js';
