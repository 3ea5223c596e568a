import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { cellPath, type IzifluxCells } from './readIzifluxCells.js';

/** A local date and time without offset: `2026-03-04 08:12:45`, `2026-03-04T08:12`. */
const localPattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** An instant with an offset or `Z`, which the order schema takes as it is. */
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads the order date of an Iziflux row (column 4) as an ISO 8601 instant. A date with an
 * offset is kept as it is; a local `YYYY-MM-DD HH:MM[:SS]` is placed in `timeZone`. Any other
 * form (`04/03/2026`, which reads day-first in France and month-first in PHP) is reported.
 *
 * @param cells - the rows being read
 * @param row - the row's index
 * @param column - the date's column
 * @param timeZone - the IANA zone of local dates
 * @returns the instant, or undefined (reported)
 */
export function readIzifluxDate(
  cells: IzifluxCells,
  row: number,
  column: number,
  timeZone: string,
): string | undefined {
  const cell = cells.text(row, column, true);
  if (cell === undefined) return undefined;
  if (instantPattern.test(cell)) return cell;
  // The seconds are optional: their group is then undefined.
  const parts = localPattern
    .exec(cell)
    ?.slice(1)
    .map((part: string | undefined) => Number(part ?? '0'));
  if (parts !== undefined) {
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
    const date = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
    const valid =
      !Number.isNaN(date.getTime()) &&
      date.getMonth() === month - 1 &&
      date.getDate() === day &&
      hour < 24 &&
      minute < 60 &&
      second < 60;
    if (valid) return formatISO(date);
  }
  cells.reader.report(
    cellPath(row, column),
    `date and time, YYYY-MM-DD HH:MM:SS (local to ${timeZone}) or ISO 8601 with offset`,
    cell,
  );
  return undefined;
}
