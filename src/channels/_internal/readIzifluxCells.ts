import {
  currencyCodes,
  getCurrency,
  isCurrencyCode,
  parseMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';

/** One row of an Iziflux order file, split on `|` by the host: one line of the order. */
export type IzifluxRow = readonly unknown[];

/** The placeholder Iziflux writes for an empty field. */
const placeholder = 'NON-RENSEIGNE';

/** An amount as the file writes it: digits, then a dot or a comma and the decimals. */
const amountPattern = /^\d{1,15}(?:[.,]\d{1,20})?$/;

/** The path of a cell in the issues: `[row][column]`, both 0-based. */
export function cellPath(row: number, column: number): string {
  return `[${String(row)}][${String(column)}]`;
}

/**
 * Reads the cells of Iziflux rows without ever throwing, reporting `channel/payload_invalid`
 * issues through the reader: only own data properties count, a hole is a blank cell.
 */
export class IzifluxCells {
  constructor(
    readonly reader: PayloadReader,
    readonly rows: readonly IzifluxRow[],
  ) {}

  /**
   * A cell, trimmed; blank text, `NON-RENSEIGNE` and a cell past the end of the row give
   * undefined, reported when `required`. A cell that is not text is reported.
   */
  text(row: number, column: number, required = false): string | undefined {
    const source = this.rows[row];
    const value =
      source === undefined
        ? undefined
        : this.reader.get(source as unknown as JsonRecord, String(column));
    const path = cellPath(row, column);
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed !== '' && trimmed !== placeholder) return trimmed;
    } else if (value !== undefined) {
      this.reader.report(path, 'text', value);
      return undefined;
    }
    if (required)
      this.reader.report(path, 'text', value, value === undefined ? 'missing' : 'blank');
    return undefined;
  }

  /**
   * An amount in `currency`: digits with a dot or a comma before the decimals, no more
   * decimals than the currency's minor units. A blank cell is `blank` (reported when undefined).
   */
  money(row: number, column: number, currency: CurrencyCode, blank?: Money): Money | undefined {
    const cell = this.text(row, column, blank === undefined);
    if (cell === undefined) return blank;
    const parsed = amountPattern.test(cell)
      ? parseMoney(cell.replace(',', '.'), currency)
      : undefined;
    const decimals = getCurrency(currency)?.minorUnits ?? 2;
    if (parsed?.ok === true && parsed.value.amount.decimalPlaces() <= decimals) return parsed.value;
    this.reader.report(
      cellPath(row, column),
      `amount with at most ${String(decimals)} decimals (dot or comma)`,
      cell,
    );
    return undefined;
  }

  /** A count of units: digits only, at least 1. */
  quantity(row: number, column: number): number | undefined {
    const cell = this.text(row, column, true);
    if (cell === undefined) return undefined;
    const count = /^\d{1,15}$/.test(cell) ? Number(cell) : Number.NaN;
    if (Number.isSafeInteger(count) && count >= 1) return count;
    this.reader.report(cellPath(row, column), 'whole number of units, at least 1', cell);
    return undefined;
  }

  /**
   * The currency: an ISO 4217 numeric code (`978`), as the file writes it, or letters
   * (`EUR`); a blank cell gives `fallback` (reported when there is none).
   */
  currency(
    row: number,
    column: number,
    fallback: CurrencyCode | undefined,
  ): CurrencyCode | undefined {
    const cell = this.text(row, column, fallback === undefined);
    if (cell === undefined) return fallback;
    if (isCurrencyCode(cell)) return cell;
    const byNumber = /^\d{3}$/.test(cell)
      ? currencyCodes.find((code) => getCurrency(code)?.numeric === cell)
      : undefined;
    if (byNumber !== undefined) return byNumber;
    this.reader.report(cellPath(row, column), 'ISO 4217 currency code (numeric)', cell);
    return undefined;
  }
}
