import type { EffectKind } from '../ports/index.js';

/**
 * The idempotency key of an effect: `<orderId>:<effect kind>:<target>:<causing event seq>`,
 * then `:<part>` when one event causes several effects of the same kind for the same target
 * (one preparation order per warehouse). The same event planned twice gives the same key, so
 * the outbox keeps one message and the connector acts once.
 *
 * @param orderId - the order
 * @param kind - the effect's kind
 * @param target - the system that receives it (channel, WMS, ERP or carrier code, `buyer`)
 * @param seq - the `seq` of the event that causes it
 * @param part - what tells apart several effects of one event (a warehouse id), if any
 * @returns the key
 * @example
 * ```ts
 * effectKey('ord-1', 'wms.prepare', 'main-wms', 2); // 'ord-1:wms.prepare:main-wms:2'
 * effectKey('ord-1', 'wms.prepare', 'main-wms', 3, 'LYON'); // 'ord-1:wms.prepare:main-wms:3:LYON'
 * ```
 */
export function effectKey(
  orderId: string,
  kind: EffectKind,
  target: string,
  seq: number,
  part?: string,
): string {
  const key = `${orderId}:${kind}:${target}:${String(seq)}`;
  return part === undefined ? key : `${key}:${part}`;
}
