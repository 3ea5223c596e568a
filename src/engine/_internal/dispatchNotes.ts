import type { BlockingHold } from '../../order/index.js';
import { portMessages, type OutboxMessage } from '../../ports/index.js';
import type { Locale } from '../../result/index.js';
import type { EngineConflictPersisting } from '../errors.js';
import { engineMessages } from '../messages.js';
import type { CallFailure } from './callConnector.js';
import { hashKey } from './hashKey.js';
import { clip, clipNote } from './holdTexts.js';

/** Why an attempt did not deliver: the call failed, or its follow-up kept meeting conflicts. */
export type AttemptFailure = CallFailure | EngineConflictPersisting;

/** The longest id the hold events accept. */
const idMax = 128;

/**
 * The id of the `effect_failed` hold of a message: the same for every attempt of the message,
 * so a dispatcher that gives up twice (after a crash, on two workers) places one hold.
 *
 * @param messageId - the outbox message's id
 * @returns `hold-<messageId>`, shortened with a hash when that would exceed 128 characters
 */
export function effectHoldId(messageId: string): string {
  const id = `hold-${messageId}`;
  if (id.length <= idMax) return id;
  const hash = hashKey(messageId).toString(16).padStart(8, '0');
  const tail = messageId.slice(-(idMax - 'hold-'.length - hash.length - 1)).trimStart();
  return `hold-${hash}-${tail}`;
}

/**
 * An attempt's failure in words, in the operator's language: the port and engine catalogs for
 * their codes, a sentence of our own for a missing connector.
 *
 * @param failure - what went wrong
 * @param kind - the effect's kind (named when no connector serves it)
 * @param locale - the operator's language
 * @returns the text (it becomes the message's `lastError`)
 */
export function renderFailure(failure: AttemptFailure, kind: string, locale: Locale): string {
  switch (failure.code) {
    case 'connector/unavailable':
      return portMessages[failure.code][locale](failure);
    case 'connector/timeout':
      return portMessages[failure.code][locale](failure);
    case 'connector/rejected':
      return portMessages[failure.code][locale](failure);
    case 'engine/conflict_persisting':
      return engineMessages[failure.code][locale](failure);
    case 'dispatch/connector_missing':
      return locale === 'en'
        ? `No connector is configured for ${kind} to ${failure.target}. Configure it in createOms, then release the hold.`
        : `Aucun connecteur n'est configuré pour ${kind} vers ${failure.target}. Configurez-le dans createOms, puis levez le blocage.`;
  }
}

/**
 * The note of the `effect_failed` hold placed when a message is given up: which effect, to
 * which system, after how many attempts, and the last failure.
 *
 * @param message - the message given up
 * @param attempts - the failed attempts, this one included
 * @param failure - the last failure, rendered by {@link renderFailure}
 * @param locale - the operator's language
 * @returns the note, within the 2,000 characters a hold note may have
 */
export function describeEffectFailure(
  message: OutboxMessage,
  attempts: number,
  failure: string,
  locale: Locale,
): string {
  const { kind, target } = message.effect;
  const n = String(attempts);
  return clipNote(
    locale === 'en'
      ? `${kind} to ${target} was given up after ${n} failed attempt(s) (message ${message.messageId}, key ${message.key}). Last failure: ${failure}`
      : `${kind} vers ${target} a été abandonné après ${n} tentative(s) en échec (message ${message.messageId}, clé ${message.key}). Dernier échec : ${failure}`,
  );
}

/**
 * What to do before releasing an `effect_failed` hold.
 *
 * @param target - the system that failed
 * @param locale - the operator's language
 * @returns the next action, within the 500 characters it may have
 */
export function effectFailedNextAction(target: string, locale: Locale): string {
  return clip(
    locale === 'en'
      ? `Fix the cause on the ${target} side or in the order, then release the hold: the effect is sent again with the same idempotency key.`
      : `Corrigez la cause côté ${target} ou dans la commande, puis levez le blocage : l'effet sera renvoyé avec la même clé d'idempotence.`,
    500,
  );
}

/**
 * The `lastError` of a message parked because a hold stops it: it waits for the release.
 *
 * @param holds - the holds that stop the effect or its follow-up
 * @param locale - the operator's language
 * @returns the text
 */
export function describeHeldBack(holds: readonly BlockingHold[], locale: Locale): string {
  const list = holds.map((h) => `${h.reasonCode} (${h.holdId})`).join(', ');
  return clipNote(
    locale === 'en'
      ? `Waiting for the release of hold(s) ${list}: the effect is sent when they are released.`
      : `En attente de la levée du ou des blocages ${list} : l'effet sera envoyé à leur levée.`,
  );
}
