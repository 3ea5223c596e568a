import type { ChannelRef } from '../../../order/index.js';
import type {
  BuyerNotification,
  LabelRequest,
  PreparationRequest,
  SaleRequest,
  StatusPush,
  TrackingPush,
} from '../../../ports/index.js';
import { buildOrder } from './fixtures.js';

/** The tenant of every call's context unless the subject names one. */
export const contractTenant = 'tenant-contract';

const orderId = 'ord-contract-1';

/** The canonical order the samples are about: one line L1 of 2 red mugs, shipped to Paris. */
function sampleOrder(tenantId: string, channel = 'shop') {
  return buildOrder({ tenantId, orderId, channel, channelOrderRef: 'CH-1001' });
}

/** A preparation order for the order's two units, without a warehouse (the WMS picks one). */
export function samplePreparation(tenantId: string): PreparationRequest {
  const order = sampleOrder(tenantId);
  return {
    orderId,
    channelRef: order.channelRef,
    lines: [{ lineId: 'L1', sku: 'MUG-RED', title: 'Red mug', quantity: 2 }],
    shipTo: order.shippingAddress,
    buyer: order.buyer,
  };
}

/** The sale of the order, invoiced at once. */
export function sampleSale(tenantId: string): SaleRequest {
  return { orderId, draft: false, order: sampleOrder(tenantId) };
}

/** The order accepted, told to the connector's channel. */
export function sampleStatus(tenantId: string, channel: string): StatusPush {
  const { channelRef } = sampleOrder(tenantId, channel);
  return { orderId, channelRef, status: 'accepted', cancelled: [] };
}

/** Parcel P1 shipped by Colissimo, told to the connector's channel. */
export function sampleTracking(tenantId: string, channel: string): TrackingPush {
  const { channelRef } = sampleOrder(tenantId, channel);
  return {
    orderId,
    channelRef,
    parcelId: 'P1',
    carrier: { code: 'colissimo', service: 'DOM' },
    tracking: {
      number: '6A12345678901',
      carrierCode: 'colissimo',
      url: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
    },
    lines: [{ lineId: 'L1', quantity: 2 }],
  };
}

/** A label for parcel P1, leaving WH1 with the order's two units, from the connector's carrier. */
export function sampleLabel(tenantId: string, carrierCode: string): LabelRequest {
  return {
    orderId,
    parcelId: 'P1',
    carrier: { code: carrierCode },
    shipTo: sampleOrder(tenantId).shippingAddress,
    lines: [{ lineId: 'L1', quantity: 2 }],
    warehouseId: 'WH1',
  };
}

/** The order's confirmation, to its buyer. */
export function sampleNotification(tenantId: string): BuyerNotification {
  const order = sampleOrder(tenantId);
  return { orderId, channelRef: order.channelRef, template: 'order_confirmed', buyer: order.buyer };
}

/** Another id of at most `max` characters, never equal to `id` (`-2` or `-3` appended). */
function otherId(id: string, max = 128): string {
  const head = id.slice(0, max - 2);
  return `${head}-${id === `${head}-2` ? '3' : '2'}`;
}

function otherRef(ref: ChannelRef): ChannelRef {
  return { ...ref, channelOrderRef: otherId(ref.channelOrderRef) };
}

/**
 * The same payload for another order: another order id and channel reference (and parcel
 * id), so another effect, as the engine would send it under another key.
 */
export const anotherEffect = {
  preparation: (p: PreparationRequest): PreparationRequest => ({
    ...p,
    orderId: otherId(p.orderId),
    channelRef: otherRef(p.channelRef),
  }),
  sale: (s: SaleRequest): SaleRequest => ({
    ...s,
    orderId: otherId(s.orderId),
    order: {
      ...s.order,
      orderId: otherId(s.order.orderId),
      channelRef: otherRef(s.order.channelRef),
    },
  }),
  status: (s: StatusPush): StatusPush => ({
    ...s,
    orderId: otherId(s.orderId),
    channelRef: otherRef(s.channelRef),
  }),
  tracking: (t: TrackingPush): TrackingPush => {
    // Another parcel has another tracking number; the sample's page would name the first one.
    const tracking = { ...t.tracking, number: otherId(t.tracking.number, 64) };
    delete tracking.url;
    return {
      ...t,
      orderId: otherId(t.orderId),
      channelRef: otherRef(t.channelRef),
      parcelId: otherId(t.parcelId),
      tracking,
    };
  },
  label: (l: LabelRequest): LabelRequest => ({
    ...l,
    orderId: otherId(l.orderId),
    parcelId: otherId(l.parcelId),
  }),
  notification: (n: BuyerNotification): BuyerNotification => ({
    ...n,
    orderId: otherId(n.orderId),
    channelRef: otherRef(n.channelRef),
  }),
};
