import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { guardMapper } from './guardMapper.js';
import { isRecord, PayloadReader, type JsonRecord } from './payloadReader.js';

/** What a mapper of a JSON object starts with. */
export interface PayloadObject {
  /** Reads the payload and collects its issues. */
  readonly reader: PayloadReader;
  /** The payload, an object. */
  readonly json: JsonRecord;
  /** The required text field `key` of the payload (path `key`); with `numbers`, an integer too. */
  readonly text: (key: string, numbers?: boolean) => string | undefined;
}

/**
 * Runs a mapper of a JSON object so that it never throws ({@link guardMapper}): a payload
 * that is not an object is one issue at the root, and `map` is not called.
 *
 * @param channel - the channel code the issues name
 * @param json - the payload (untrusted)
 * @param map - the mapper's body, given the reader, the object and its text reader
 * @param expected - what the issue says the root should be
 * @returns what `map` returns, or the issue at the root
 */
export function guardObjectMapper<T>(
  channel: string,
  json: unknown,
  map: (payload: PayloadObject) => Result<T, readonly ChannelPayloadIssue[]>,
  expected = 'object',
): Result<T, readonly ChannelPayloadIssue[]> {
  return guardMapper(channel, () => {
    const reader = new PayloadReader(channel);
    if (!isRecord(json)) {
      reader.report('', expected, json);
      return err(reader.issues);
    }
    const text = (key: string, numbers = false) =>
      reader.text(json, key, key, { required: true, numbers });
    return map({ reader, json, text });
  });
}
