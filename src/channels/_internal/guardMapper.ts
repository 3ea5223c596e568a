import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';

/**
 * Runs a mapper so that it never throws: data that is not JSON (a revoked proxy, a getter that
 * throws) becomes one `channel/payload_invalid` issue at the root.
 *
 * @param channel - the channel code the issue names
 * @param map - the mapper's body
 * @returns what `map` returns, or the issue
 */
export function guardMapper<T>(
  channel: string,
  map: () => Result<T, readonly ChannelPayloadIssue[]>,
): Result<T, readonly ChannelPayloadIssue[]> {
  try {
    return map();
  } catch {
    return err([
      {
        code: 'channel/payload_invalid',
        channel,
        path: '',
        expected: 'JSON data',
        received: 'unreadable',
      },
    ]);
  }
}
