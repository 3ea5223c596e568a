import type { ConnectorContext, PreparationRequest } from '../../../src/index.js';

const now = '2025-03-01T10:00:00.000Z';
export const context = (key: string, attempt = 1): ConnectorContext => ({
  idempotencyKey: key,
  tenantId: 'tenant-a',
  attempt,
  now,
});
export const channelRef = { channel: 'amazon', channelOrderRef: '405-1' };
export const shipTo = {
  name: 'Jeanne Martin',
  line1: '10 rue de Rivoli',
  postalCode: '75001',
  city: 'Paris',
  country: 'FR',
};
export const buyer = { name: 'Jeanne Martin', email: 'jeanne@example.com' };

export function preparation(orderId = 'ord-1', warehouseId?: string): PreparationRequest {
  return {
    orderId,
    channelRef,
    ...(warehouseId === undefined ? {} : { warehouseId }),
    lines: [{ lineId: 'L1', sku: 'MUG', title: 'Mug', quantity: 2 }],
    shipTo,
    buyer,
  };
}
