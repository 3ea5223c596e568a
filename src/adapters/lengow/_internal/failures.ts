import type { ConnectorFailure } from '../../../ports/index.js';
import { channel, maxDetailLength } from './contract.js';

/** Cuts a remote text to the length a failure's detail keeps, on one line. */
export function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > maxDetailLength ? `${line.slice(0, maxDetailLength - 1)}…` : line;
}

/** A `connector/rejected` failure of Lengow. */
export function rejected(detail: string): ConnectorFailure {
  return { code: 'connector/rejected', target: channel, detail: clip(detail) };
}

/** A `connector/unavailable` failure of Lengow, with the instant to come back when known. */
export function unavailable(detail: string, retryAfter?: string): ConnectorFailure {
  return retryAfter === undefined
    ? { code: 'connector/unavailable', target: channel, detail: clip(detail) }
    : { code: 'connector/unavailable', target: channel, detail: clip(detail), retryAfter };
}

/** A `connector/timeout` failure of Lengow. */
export function timedOut(detail: string): ConnectorFailure {
  return { code: 'connector/timeout', target: channel, detail: clip(detail) };
}

/**
 * When to call again after a 429: `Retry-After` in seconds (documented) or as an HTTP date
 * (RFC 9110), as an ISO instant; undefined when the header is missing or unreadable.
 */
export function readRetryAfter(header: string | null, now: string): string | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d{1,9}$/.test(value)) {
    const start = Date.parse(now);
    if (Number.isNaN(start)) return undefined;
    return new Date(start + Number(value) * 1000).toISOString();
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Lengow's words from an error body: `{"error": {"message"}}`, `{"error": "…"}`, `{"detail": …}`
 * (documented envelopes), else the start of the body itself.
 */
export function readErrorText(body: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return body;
  }
  return describeError(json) ?? body;
}

/** A readable text for an error value of Lengow (a string, a list, an envelope), if any. */
export function describeError(value: unknown): string | undefined {
  const plain = textOf(value);
  if (plain !== undefined) return plain;
  if (Array.isArray(value)) {
    const parts = value.map(describeError).filter((p) => p !== undefined && p !== '');
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['error', 'message', 'msg', 'detail', 'errors']) {
    if (!Object.hasOwn(record, key)) continue;
    const found = describeError(record[key]);
    if (found !== undefined && found !== '') return found;
  }
  return undefined;
}

/** Whether a thrown value is an abort or a timeout of the request (never throws itself). */
export function isAbort(error: unknown): boolean {
  try {
    if (typeof error !== 'object' || error === null) return false;
    const name = (error as { name?: unknown }).name;
    return name === 'AbortError' || name === 'TimeoutError';
  } catch {
    return false;
  }
}

/** The message of a thrown value, or a fallback (never throws itself). */
export function messageOf(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return typeof error === 'string' ? error : 'unknown error';
  } catch {
    return 'unknown error';
  }
}
