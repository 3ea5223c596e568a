import { tz } from '@date-fns/tz';
import { format, type Locale as DateFnsLocale } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Locale } from '../result/index.js';
import type { OrderEvent, OrderEventOf, OrderEventType } from './events.js';
import type { Actor } from './eventFields.js';
import {
  createTimelineContext,
  quote,
  trackEvent,
  NBSP,
  type SentenceCatalog,
  type TimelineContext,
} from './_internal/timeline/context.js';
import { actorKindLabels } from './_internal/timeline/labels.js';
import { englishSentences } from './_internal/timeline/sentencesEn.js';
import { frenchSentences } from './_internal/timeline/sentencesFr.js';

/** Options of {@link renderTimeline}. */
export interface RenderTimelineOptions {
  /**
   * The IANA time zone in which `when` is written: `'Europe/Paris'`, `'America/New_York'`
   * (default `'UTC'`). Pick the support agent's zone; `at` keeps the exact instant.
   */
  readonly timeZone?: string;
  /**
   * The date-fns `format` pattern of `when` (default `'PPp'`: `1 Mar 2025, 10:30` in English,
   * `1 mars 2025, 10:30` in French).
   */
  readonly dateFormat?: string;
}

/** One line of an order's timeline: when, who, what. */
export interface TimelineEntry {
  /** The event's `seq`. */
  readonly seq: number;
  /** The event's type, for icons and filters: `'parcel.shipped'`. */
  readonly type: OrderEventType;
  /** The event's instant, verbatim (ISO 8601). */
  readonly at: string;
  /** `at` written for people in the chosen time zone and language: `1 Mar 2025, 10:30`. */
  readonly when: string;
  /** Who did it: `operator u-42`, `channel amazon`, `carrier colissimo`. */
  readonly actor: string;
  /** What happened and why, as one or a few sentences. */
  readonly text: string;
}

const sentences: Readonly<Record<Locale, SentenceCatalog>> = {
  en: englishSentences,
  fr: frenchSentences,
};

const dateLocales: Readonly<Record<Locale, DateFnsLocale>> = { en: enGB, fr };

/** The sentence of one event; the switch-free lookup keeps the event's type and data paired. */
function describe<T extends OrderEventType>(
  event: OrderEventOf<T>,
  catalog: SentenceCatalog,
  ctx: TimelineContext,
): string {
  const write = catalog[event.type as T] as (e: OrderEventOf<T>, c: TimelineContext) => string;
  return write(event, ctx);
}

function formatActor(actor: Actor, locale: Locale): string {
  return `${actorKindLabels[actor.kind][locale]} ${actor.id}`;
}

function withReason(text: string, reason: string | undefined, locale: Locale): string {
  if (reason === undefined) return text;
  return locale === 'fr'
    ? `${text} Motif${NBSP}: ${quote(reason, 'fr')}.`
    : `${text} Reason: ${quote(reason, 'en')}.`;
}

/**
 * Tells the story of an order for a support agent: one entry per event, in the order given,
 * with when (in an explicit time zone), who (the actor's role and id) and what happened and
 * why: reason codes in words, hold notes and next actions, who asked for a cancellation,
 * carrier, tracking number and page, amounts in the order's currency, ERP document numbers,
 * the channel's raw status, and the actor's own comment (the event's `reason`).
 *
 * Pure: no clock, the dates come from the events. Every enum is translated in both languages.
 * Events are trusted (parse stored ones with `parseOrderEvent`); any schema-valid list is
 * rendered, even one that does not start with `order.captured` (lines are then named by id).
 *
 * @param events - the order's events, usually oldest first
 * @param locale - `'en'` or `'fr'`
 * @param options - the time zone (default `'UTC'`) and date pattern of `when`
 * @returns one entry per event, in the same order
 * @throws RangeError when `timeZone` is not an IANA time zone or `dateFormat` is not a valid
 *   date-fns pattern (programmer errors, checked before any event is read)
 * @example
 * ```ts
 * const entries = renderTimeline(events, 'fr', { timeZone: 'Europe/Paris' });
 * entries[5]?.text;
 * // 'Colis P1 expédié par colissimo (DOM), numéro de suivi 6A12345678901.'
 * console.log(formatTimeline(entries));
 * ```
 */
export function renderTimeline(
  events: readonly OrderEvent[],
  locale: Locale,
  options: RenderTimelineOptions = {},
): readonly TimelineEntry[] {
  const timeZone = options.timeZone ?? 'UTC';
  const pattern = options.dateFormat ?? 'PPp';
  // Throws RangeError for an unknown zone, before the first event.
  new Intl.DateTimeFormat('en', { timeZone });
  const dateOptions = { locale: dateLocales[locale], in: tz(timeZone) };
  // Throws RangeError for a malformed pattern, before the first event.
  format(0, pattern, dateOptions);

  const catalog = sentences[locale];
  const ctx = createTimelineContext(locale);
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const instant = Date.parse(event.at);
    entries.push({
      seq: event.seq,
      type: event.type,
      at: event.at,
      when: Number.isNaN(instant) ? event.at : format(instant, pattern, dateOptions),
      actor: formatActor(event.actor, locale),
      text: withReason(describe(event, catalog, ctx), event.reason, locale),
    });
    trackEvent(ctx, event);
  }
  return entries;
}
