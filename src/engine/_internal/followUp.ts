import { findBlockingHolds } from '../../order/index.js';
import type { BlockingHold, OrderCommand, OrderState } from '../../order/index.js';
import type { Effect } from '../../ports/index.js';
import { actorOf, type EffectAck } from './callConnector.js';
import type { CommandPlan } from './context.js';
import { ownEntry } from './effectPayloads.js';

/**
 * What the answer of a connector changes in the order, as a plan built on the current state:
 * idempotent, it returns no command when the change is already there (a duplicate ack, a retry
 * after a crash, the host doing it by hand first).
 * - `wms.prepare` → `startPreparation` in the warehouse the WMS named, while still `accepted`;
 * - `erp.record_sale` → `linkErpDocument`, unless that document is linked already;
 * - `carrier.create_label` → `shipParcel` with the label's tracking, unless the parcel is
 *   unknown or already has a tracking.
 *
 * @param effect - the effect delivered
 * @param answer - the connector's answer
 * @returns the plan, or undefined when the effect has no follow-up
 */
export function planFollowUp(effect: Effect, answer: EffectAck): CommandPlan | undefined {
  switch (answer.kind) {
    case 'wms.prepare': {
      const { warehouseId } = answer.ack;
      return (state) =>
        state.status === 'accepted' ? [{ type: 'startPreparation', warehouseId }] : [];
    }
    case 'erp.record_sale': {
      const { kind, number } = answer.ack;
      return (state) =>
        state.erpDocuments.some((d) => d.kind === kind && d.number === number)
          ? []
          : [{ type: 'linkErpDocument', kind, number }];
    }
    case 'carrier.create_label': {
      if (effect.kind !== 'carrier.create_label') return undefined;
      const { parcelId } = effect.payload;
      const { carrier, tracking } = answer.ack;
      return (state) => {
        const parcel = ownEntry(state.parcels, parcelId);
        return parcel === undefined || parcel.tracking !== undefined
          ? []
          : [{ type: 'shipParcel', parcelId, carrier, tracking }];
      };
    }
    default:
      return undefined;
  }
}

/**
 * The holds that would stop the follow-up of an effect, checked before calling the connector:
 * a preparation order or a label is physical work, so it waits while the order (or a line of
 * the parcel) is on hold instead of starting work the engine could not record. Other effects
 * inform (channel, ERP, buyer) and go out whatever the holds.
 *
 * @param state - the order's state
 * @param effect - the effect about to be sent
 * @returns the blocking holds (empty when the effect may go)
 */
export function findHoldsStopping(state: OrderState, effect: Effect): BlockingHold[] {
  const envelope = { at: '1970-01-01T00:00:00Z', actor: actorOf(effect) } as const;
  let probe: OrderCommand;
  switch (effect.kind) {
    case 'wms.prepare':
      probe = { ...envelope, type: 'startPreparation' };
      break;
    case 'carrier.create_label':
      probe = { ...envelope, type: 'shipParcel', parcelId: effect.payload.parcelId };
      break;
    default:
      return [];
  }
  return findBlockingHolds(state, probe);
}
