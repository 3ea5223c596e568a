import type { Result } from '../result/index.js';
import { OrderCommandSchema, orderCommandTypes, type OrderCommand } from './commands.js';
import type { OrderIssue } from './errors.js';
import { parseWith } from './_internal/parseWith.js';

/**
 * Reads one order command from untrusted data (an HTTP body, a queue message). Never throws,
 * whatever the input; problems come back as typed issues (`order/schema_invalid` with a path
 * from the command's root, and the cross-field codes of `parseOrder` for the order inside
 * `capture`).
 *
 * `decide` trusts the shape of its command (its type says so) but still checks every business
 * rule; parse commands from outside with this function first.
 *
 * @param input - anything, typically a parsed JSON value
 * @returns the command, or every issue found
 * @example
 * ```ts
 * const command = parseOrderCommand(await request.json());
 * if (command.ok) decide(state, command.value);
 * ```
 */
export function parseOrderCommand(input: unknown): Result<OrderCommand, readonly OrderIssue[]> {
  return parseWith<OrderCommand>(OrderCommandSchema, orderCommandTypes, input);
}
