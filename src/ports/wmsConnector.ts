import type { ConnectorContext, ConnectorResult } from './connector.js';
import type { PreparationRequest } from './effects.js';

/** The WMS's answer to a preparation order. */
export interface PreparationAck {
  /** The warehouse that will prepare the order (it may differ from the one asked). */
  readonly warehouseId: string;
  /** The WMS's own reference of the preparation, if any. */
  readonly reference?: string;
}

/**
 * A warehouse management system, as the engine sees it: it receives preparation orders. What
 * it packs comes back through `oms.recordParcel`, what it ships through `oms.recordTracking`.
 *
 * @example
 * ```ts
 * const wms: WmsConnector = {
 *   code: 'main-wms',
 *   async prepare(request, context) {
 *     await http.post('/preparations', request, { 'Idempotency-Key': context.idempotencyKey });
 *     return ok({ warehouseId: request.warehouseId ?? 'WH1' });
 *   },
 * };
 * ```
 */
export interface WmsConnector {
  /** The WMS's code, the `target` of its effects. */
  readonly code: string;
  /** Sends a preparation order; the same idempotency key must never prepare twice. */
  prepare(request: PreparationRequest, context: ConnectorContext): ConnectorResult<PreparationAck>;
}
