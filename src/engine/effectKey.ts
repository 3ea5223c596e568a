import type { EffectKind } from '../ports/index.js';

/**
 * The idempotency key of an effect: `<orderId>:<effect kind>:<target>:<causing event seq>`.
 * The same event planned twice gives the same key, so the outbox keeps one message and the
 * connector acts once.
 *
 * @param orderId - the order
 * @param kind - the effect's kind
 * @param target - the system that receives it (channel, WMS, ERP or carrier code, `buyer`)
 * @param seq - the `seq` of the event that causes it
 * @returns the key
 * @example
 * ```ts
 * effectKey('ord-1', 'wms.prepare', 'main-wms', 2); // 'ord-1:wms.prepare:main-wms:2'
 * ```
 */
export function effectKey(orderId: string, kind: EffectKind, target: string, seq: number): string {
  return `${orderId}:${kind}:${target}:${String(seq)}`;
}
