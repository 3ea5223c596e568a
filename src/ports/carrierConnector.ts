import type { ParcelCarrier, ParcelTracking } from '../order/index.js';
import type { ConnectorContext, ConnectorResult } from './connector.js';
import type { LabelRequest } from './effects.js';

/** The carrier's answer to a label request: the tracking printed on the label. */
export interface LabelAck {
  readonly carrier: ParcelCarrier;
  readonly tracking: ParcelTracking;
}

/**
 * A carrier, as the engine sees it: it makes labels. Tracking events come back through
 * `oms.updateTracking` and `oms.markDelivered`.
 *
 * @example
 * ```ts
 * const colissimo: CarrierConnector = {
 *   code: 'colissimo',
 *   async createLabel(request, context) {
 *     const number = await api.label(request, context.idempotencyKey);
 *     return ok({ carrier: request.carrier, tracking: { number, carrierCode: 'colissimo' } });
 *   },
 * };
 * ```
 */
export interface CarrierConnector {
  /** The carrier's code (`ParcelCarrier.code`), the `target` of its effects. */
  readonly code: string;
  /** Makes the label of a parcel; the same key must return the same label, never a second. */
  createLabel(request: LabelRequest, context: ConnectorContext): ConnectorResult<LabelAck>;
}
