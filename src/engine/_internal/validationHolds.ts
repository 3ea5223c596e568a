import type { HoldReason } from '../../order/index.js';
import type { Locale } from '../../result/index.js';
import type { HoldableIssue } from './readPayload.js';
import { renderIssue } from './renderIssue.js';
import { clipNote, nextActionFor } from './holdTexts.js';

/** A hold to place for validation issues: its reason, note and next action. */
export interface ValidationHold {
  readonly reasonCode: HoldReason;
  readonly note: string;
  readonly nextAction?: string;
}

/** The hold reason of one capture issue. */
function reasonOf(issue: HoldableIssue): HoldReason {
  switch (issue.code) {
    case 'order/totals_mismatch':
      return 'totals_mismatch';
    case 'address/field_required':
      return issue.field === 'phone' ? 'phone_missing' : 'address_incomplete';
    case 'address/region_required':
      return 'address_incomplete';
    default:
      return 'address_invalid';
  }
}

const addressLabels: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { shippingAddress: 'Shipping address', billingAddress: 'Billing address' },
  fr: { shippingAddress: 'Adresse de livraison', billingAddress: 'Adresse de facturation' },
};

/** One issue in words, with the address it is about. */
function describe(issue: HoldableIssue, locale: Locale): string {
  const text = renderIssue(issue, locale);
  if (issue.code === 'order/totals_mismatch') return text;
  const where = issue.path[0];
  const label = typeof where === 'string' ? addressLabels[locale][where] : undefined;
  return label === undefined ? text : `${label}${locale === 'fr' ? ' : ' : ': '}${text}`;
}

/**
 * The holds for the issues found at capture: one per reason, in first-issue order, with the
 * issues' messages as the note and what to do next, in the locale.
 */
export function planValidationHolds(
  issues: readonly HoldableIssue[],
  locale: Locale,
): ValidationHold[] {
  const byReason = new Map<HoldReason, string[]>();
  for (const issue of issues) {
    const reason = reasonOf(issue);
    const texts = byReason.get(reason) ?? [];
    texts.push(describe(issue, locale));
    byReason.set(reason, texts);
  }
  const holds: ValidationHold[] = [];
  for (const [reasonCode, texts] of byReason) {
    const nextAction = nextActionFor(reasonCode, locale);
    holds.push({
      reasonCode,
      note: clipNote(texts.join(' ')),
      ...(nextAction === undefined ? {} : { nextAction }),
    });
  }
  return holds;
}
