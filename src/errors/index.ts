export { formatError } from './formatError.js';
export type { OrdokitErrorValue } from './catalog.js';
