import type { AppendBatch } from '../../../src/index.js';
import {
  captureBatch,
  messageDraft,
  T0,
} from '../../../src/testing/contracts/_internal/fixtures.js';

/**
 * The capture of order `orderId` of `tenant-a` (channel `shop`, reference `R-<orderId>`),
 * with a `buyer.notify` message per id given, all planned at `at`.
 */
export function captureOrderBatch(
  orderId: string,
  messageIds: readonly string[] = [],
  at: string = T0,
): AppendBatch {
  const batch = captureBatch({
    tenantId: 'tenant-a',
    orderId,
    channelOrderRef: `R-${orderId}`,
    at,
  });
  const messages = messageIds.map((messageId) =>
    messageDraft(batch.state, { messageId, key: `${orderId}:${messageId}`, createdAt: at }),
  );
  return { ...batch, messages };
}
