import { err, ok, type Result } from '../result/index.js';
import type {
  AvailabilityPolicyField,
  AvailabilityPolicyInvalid,
  AvailabilityPolicyReason,
} from './errors.js';
import type {
  AvailabilityBuffer,
  AvailabilityMode,
  AvailabilityPolicy,
  ChannelAvailabilityRule,
} from './types.js';
import { compareCodeUnits, isId } from './_internal/ids.js';

type Checked<T> = Result<T, AvailabilityPolicyInvalid>;

interface Place {
  readonly channel?: string;
  readonly index?: number;
}

function fail(
  field: AvailabilityPolicyField,
  reason: AvailabilityPolicyReason,
  place: Place = {},
): Checked<never> {
  return err({ code: 'availability/policy_invalid', field, reason, ...place });
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `record` has an own key that is not in `known`. */
function hasUnknownKey(record: Readonly<Record<string, unknown>>, known: readonly string[]) {
  return Object.keys(record).some((k) => !known.includes(k));
}

function readOwn(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function checkBuffer(
  value: unknown,
  mode: AvailabilityMode,
  channel: string,
): Checked<AvailabilityBuffer> {
  if (value === undefined) return fail(mode, 'missing', { channel });
  if (!isRecord(value)) return fail(mode, 'wrong_type', { channel });
  if (hasUnknownKey(value, ['absolute', 'percent'])) {
    return fail(mode, 'unexpected_field', { channel });
  }
  const absolute = readOwn(value, 'absolute');
  const percent = readOwn(value, 'percent');
  if (absolute === undefined) return fail(`${mode}.absolute`, 'missing', { channel });
  if (typeof absolute !== 'number') return fail(`${mode}.absolute`, 'wrong_type', { channel });
  if (!Number.isSafeInteger(absolute) || absolute < 0) {
    return fail(`${mode}.absolute`, 'out_of_range', { channel });
  }
  if (percent === undefined) return fail(`${mode}.percent`, 'missing', { channel });
  if (typeof percent !== 'number') return fail(`${mode}.percent`, 'wrong_type', { channel });
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    return fail(`${mode}.percent`, 'out_of_range', { channel });
  }
  if (Math.abs(Math.round(percent * 100) - percent * 100) > 1e-6) {
    return fail(`${mode}.percent`, 'too_precise', { channel });
  }
  // -0 becomes 0, so the policy prints as it reads.
  return ok({ absolute: absolute + 0, percent: Math.round(percent * 100) / 100 });
}

function checkWarehouses(value: unknown, channel: string): Checked<readonly string[]> {
  if (value === undefined) return fail('warehouses', 'missing', { channel });
  if (!Array.isArray(value)) return fail('warehouses', 'wrong_type', { channel });
  const list = value as readonly unknown[];
  if (list.length === 0) return fail('warehouses', 'empty', { channel });
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index++) {
    const id = list[index];
    if (!isId(id)) return fail('warehouses', 'invalid_id', { channel, index });
    if (seen.has(id)) return fail('warehouses', 'duplicate', { channel, index });
    seen.add(id);
  }
  return ok([...seen]);
}

function checkRule(value: unknown, channel: string): Checked<ChannelAvailabilityRule> {
  if (!isRecord(value)) return fail('rule', 'wrong_type', { channel });
  if (hasUnknownKey(value, ['warehouses', 'cruise', 'peak'])) {
    return fail('rule', 'unexpected_field', { channel });
  }
  const warehouses = checkWarehouses(readOwn(value, 'warehouses'), channel);
  if (!warehouses.ok) return warehouses;
  const cruise = checkBuffer(readOwn(value, 'cruise'), 'cruise', channel);
  if (!cruise.ok) return cruise;
  const peak = checkBuffer(readOwn(value, 'peak'), 'peak', channel);
  if (!peak.ok) return peak;
  return ok({ warehouses: warehouses.value, cruise: cruise.value, peak: peak.value });
}

/**
 * Validates an availability policy given as data (typically read from JSON): `mode` `'cruise'`
 * or `'peak'`, and, for at least one channel code, its warehouses (a non-empty list of
 * distinct ids) and its `cruise` and `peak` buffers (`absolute` a whole number ≥ 0, `percent`
 * 0 to 100 with at most two decimals). Unknown fields are refused, so a misspelt buffer is
 * not silently 0. Never throws.
 *
 * @param input - the policy, untrusted
 * @returns a fresh copy of the policy (channels in code-unit order), or
 * `availability/policy_invalid` naming the field, the channel and what is wrong
 * @example
 * ```ts
 * const policy = validateAvailabilityPolicy({
 *   mode: 'cruise',
 *   channels: {
 *     amazon: {
 *       warehouses: ['PAR', 'LYO'],
 *       cruise: { absolute: 2, percent: 10 },
 *       peak: { absolute: 5, percent: 20 },
 *     },
 *   },
 * });
 * ```
 */
export function validateAvailabilityPolicy(
  input: unknown,
): Result<AvailabilityPolicy, AvailabilityPolicyInvalid> {
  if (!isRecord(input)) return fail('policy', 'wrong_type');
  if (hasUnknownKey(input, ['mode', 'channels'])) return fail('policy', 'unexpected_field');
  const mode = readOwn(input, 'mode');
  if (mode === undefined) return fail('mode', 'missing');
  if (mode !== 'cruise' && mode !== 'peak') return fail('mode', 'wrong_type');
  const channels = readOwn(input, 'channels');
  if (channels === undefined) return fail('channels', 'missing');
  if (!isRecord(channels)) return fail('channels', 'wrong_type');
  const codes = Object.keys(channels).sort(compareCodeUnits);
  if (codes.length === 0) return fail('channels', 'empty');
  const rules: [string, ChannelAvailabilityRule][] = [];
  for (const channel of codes) {
    if (!isId(channel)) return fail('channels', 'invalid_id');
    const rule = checkRule(channels[channel], channel);
    if (!rule.ok) return rule;
    rules.push([channel, rule.value]);
  }
  // fromEntries defines own properties: a `__proto__` channel stays a channel.
  return ok({ mode, channels: Object.fromEntries(rules) });
}
