// What the timeline remembers while it reads a history (line titles, open holds, parcel
// contents) and the locale-aware pieces every sentence uses (amounts, units, quotes).
import { formatMoney, parseMoneyJson, type MoneyJson } from '../../../money/index.js';
import type { Locale } from '../../../result/index.js';
import type { OrderEvent, OrderEventOf, OrderEventType } from '../../events.js';
import type { HoldReason } from '../../eventFields.js';

/** A no-break space: French puts one before `:` and `;` and inside « ». */
export const NBSP = '\u00a0';

/** Lines listed in full in one sentence; the rest are counted ("and 2 more lines"). */
const MAX_LISTED_LINES = 5;

/** The story so far, as far as the next sentence needs it. Maps: ids are untrusted text. */
export interface TimelineContext {
  readonly locale: Locale;
  /** Line titles by `lineId`, from `order.captured`. */
  readonly titles: Map<string, string>;
  /** Holds still active, by `holdId`. */
  readonly holds: Map<string, HoldReason>;
  /** The units of each parcel created, by `parcelId`. */
  readonly parcels: Map<string, readonly UnitsOfLine[]>;
  /** True right after the capture of an order its channel needs no acceptance for. */
  readonly flags: { autoAccepted: boolean };
}

/** Units of one line, as events list them. */
export interface UnitsOfLine {
  readonly lineId: string;
  readonly quantity: number;
}

/** One sentence writer per event type, in one language: a new event type is a compile error. */
export type SentenceCatalog = {
  readonly [T in OrderEventType]: (event: OrderEventOf<T>, ctx: TimelineContext) => string;
};

/** A fresh context in the given language. */
export function createTimelineContext(locale: Locale): TimelineContext {
  return {
    locale,
    titles: new Map(),
    holds: new Map(),
    parcels: new Map(),
    flags: { autoAccepted: false },
  };
}

/** Records what later sentences need from an event, once its own sentence is written. */
export function trackEvent(ctx: TimelineContext, event: OrderEvent): void {
  ctx.flags.autoAccepted = event.type === 'order.captured' && !event.data.needsAcceptance;
  switch (event.type) {
    case 'order.captured':
      ctx.titles.clear();
      ctx.holds.clear();
      ctx.parcels.clear();
      for (const line of event.data.order.lines) ctx.titles.set(line.lineId, line.title);
      return;
    case 'hold.placed':
      ctx.holds.set(event.data.holdId, event.data.reasonCode);
      return;
    case 'hold.released':
      ctx.holds.delete(event.data.holdId);
      return;
    case 'parcel.created':
      ctx.parcels.set(event.data.parcelId, event.data.lines);
      return;
    default:
      return;
  }
}

/** `€65.00` / `65,00 €`; an amount `Intl` cannot format falls back to `65.00 EUR`. */
export function formatAmount(amount: MoneyJson, locale: Locale): string {
  const parsed = parseMoneyJson(amount);
  if (parsed.ok) {
    try {
      return formatMoney(parsed.value, locale === 'fr' ? 'fr-FR' : 'en-GB');
    } catch {
      // Unreachable for a parsed amount with default options; keep the story readable anyway.
    }
  }
  const digits = locale === 'fr' ? amount.amount.replace('.', ',') : amount.amount;
  return `${digits}${locale === 'fr' ? NBSP : ' '}${amount.currency}`;
}

/** The line's title as sold, or `line L9` when the history did not show it. */
export function nameLine(lineId: string, ctx: TimelineContext): string {
  return ctx.titles.get(lineId) ?? (ctx.locale === 'fr' ? `ligne ${lineId}` : `line ${lineId}`);
}

/** `2 × Red mug`. */
export function formatUnits(units: UnitsOfLine, ctx: TimelineContext): string {
  return `${units.quantity} × ${nameLine(units.lineId, ctx)}`;
}

/**
 * Lists items, the first five in full, then "and 3 more lines".
 *
 * @param items - the rendered items
 * @param locale - the language of the count
 * @param separator - between items (default `', '`)
 */
export function listItems(items: readonly string[], locale: Locale, separator = ', '): string {
  const shown = items.slice(0, MAX_LISTED_LINES).join(separator);
  const rest = items.length - MAX_LISTED_LINES;
  if (rest <= 0) return shown;
  const plural = rest > 1 ? 's' : '';
  return locale === 'fr'
    ? `${shown} et ${rest} autre${plural} ligne${plural}`
    : `${shown} and ${rest} more line${plural}`;
}

/** `2 × Red mug, 1 × Green tea`. */
export function listUnits(lines: readonly UnitsOfLine[], ctx: TimelineContext): string {
  return listItems(
    lines.map((l) => formatUnits(l, ctx)),
    ctx.locale,
  );
}

/** Quotes free text: `“…”` in English, `« … »` in French. */
export function quote(text: string, locale: Locale): string {
  return locale === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`;
}
