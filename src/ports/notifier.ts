import type { ConnectorContext, ConnectorResult } from './connector.js';
import type { BuyerNotification } from './effects.js';

/**
 * Sends messages to buyers (e-mail, SMS, the channel's messaging). The host renders the
 * template; ordokit says which message, to whom and about what.
 *
 * @example
 * ```ts
 * const notifier: Notifier = {
 *   async notifyBuyer(message, context) {
 *     await mailer.send(renderTemplate(message), { dedupeKey: context.idempotencyKey });
 *     return ok(undefined);
 *   },
 * };
 * ```
 */
export interface Notifier {
  /** Sends one message; the same idempotency key must never send twice. */
  notifyBuyer(message: BuyerNotification, context: ConnectorContext): ConnectorResult<void>;
}
