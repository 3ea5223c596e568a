import { err, ok, type Result } from '../../result/index.js';
import type { ConnectorFailure } from '../../ports/index.js';
import { clip } from './holdTexts.js';

/** The longest detail kept from a channel's answer (journal details and notes are bounded). */
const detailMax = 1000;

const failureCodes: ReadonlySet<string> = new Set([
  'connector/unavailable',
  'connector/timeout',
  'connector/rejected',
]);

function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return typeof thrown === 'string' ? thrown : 'the call threw';
}

/**
 * Calls a channel API method and reads its answer without trusting it: a throw or a rejected
 * promise counts as `connector/unavailable` (the call may have acted: retry under the same
 * key), a value that is not a Result too; a failure keeps its code, detail and `retryAfter`,
 * with `target` set to the channel. Never throws.
 *
 * @param target - the channel code
 * @param call - the API call
 * @returns the answer's value, or the failure
 */
export async function readApiAnswer(
  target: string,
  call: () => Promise<unknown>,
): Promise<Result<unknown, ConnectorFailure>> {
  let returned: unknown;
  try {
    returned = await call();
  } catch (thrown) {
    return err({
      code: 'connector/unavailable',
      target,
      detail: clip(describeThrown(thrown), detailMax),
    });
  }
  if (typeof returned !== 'object' || returned === null || !('ok' in returned)) {
    return err({ code: 'connector/unavailable', target, detail: 'the API returned no Result' });
  }
  if (returned.ok === true) return ok((returned as { value?: unknown }).value);
  const error = (returned as { error?: unknown }).error;
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Readonly<
    Record<string, unknown>
  >;
  const code = fields['code'];
  if (typeof code !== 'string' || !failureCodes.has(code)) {
    return err({
      code: 'connector/unavailable',
      target,
      detail: 'the API failed without a ConnectorFailure',
    });
  }
  const detail =
    typeof fields['detail'] === 'string' ? clip(fields['detail'], detailMax) : undefined;
  const d = detail === undefined || detail === '' ? {} : { detail };
  const retryAfter = fields['retryAfter'];
  if (code === 'connector/unavailable') {
    return err({
      code,
      target,
      ...d,
      ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
    });
  }
  return err({ code: code as 'connector/timeout' | 'connector/rejected', target, ...d });
}
