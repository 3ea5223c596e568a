import type { TimelineEntry } from './renderTimeline.js';

/**
 * Writes a rendered timeline as plain text, one line per entry: `when · actor · text`. For
 * tickets, e-mails and logs; user interfaces should lay out the entries themselves.
 *
 * @param entries - the entries from `renderTimeline`
 * @returns the lines joined with `\n` (an empty string for no entry)
 * @example
 * ```ts
 * formatTimeline(renderTimeline(events, 'en'));
 * // '1 Mar 2025, 09:00 · channel amazon · Order 405-… captured from amazon: …\n…'
 * ```
 */
export function formatTimeline(entries: readonly TimelineEntry[]): string {
  return entries.map((e) => `${e.when} · ${e.actor} · ${e.text}`).join('\n');
}
