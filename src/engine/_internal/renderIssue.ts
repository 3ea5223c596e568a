import { addressMessages, type AddressIssue } from '../../address/index.js';
import { orderLifecycleMessages, orderMessages } from '../../order/index.js';
import type { OrderIssue, OrderLifecycleError } from '../../order/index.js';
import type { ErrorShape, Locale } from '../../result/index.js';

type Renderers = Readonly<
  Record<string, Readonly<Record<Locale, (e: never) => string>> | undefined>
>;

function renderWith(catalog: Renderers, error: ErrorShape, locale: Locale): string {
  const render = catalog[error.code]?.[locale] as ((e: ErrorShape) => string) | undefined;
  return render === undefined ? error.code : render(error);
}

/** An order or address issue in words (the lower modules' catalogs: engine never imports errors). */
export function renderIssue(issue: OrderIssue | AddressIssue, locale: Locale): string {
  return issue.code.startsWith('address/')
    ? renderWith(addressMessages, issue, locale)
    : renderWith(orderMessages, issue, locale);
}

/** A lifecycle refusal in words. */
export function renderLifecycleError(error: OrderLifecycleError, locale: Locale): string {
  return renderWith(orderLifecycleMessages, error, locale);
}
