import type { ChannelCallContext, ConnectorResult, ImportAck } from '../../../ports/index.js';
import { err, ok } from '../../../result/index.js';
import { paths } from './contract.js';
import { rejected } from './failures.js';
import type { LengowHttp } from './http.js';

/**
 * `MarketplaceApi.acknowledgeImport` on Lengow: one `PATCH /v3.0/orders/moi/` per order with
 * `merchant_order_id: [orderId]` (documented), in order, stopping at the first failure (a
 * retry sends them all again: setting the same merchant order id twice is harmless).
 */
export async function acknowledgeImports(
  http: LengowHttp,
  accountId: number,
  acks: readonly ImportAck[],
  context: ChannelCallContext,
): ConnectorResult<void> {
  for (const ack of acks) {
    if (ack.marketplace === undefined) {
      return err(
        rejected(`Lengow needs the marketplace to acknowledge order ${ack.channelOrderRef}`),
      );
    }
    const answer = await http.send(
      {
        method: 'PATCH',
        path: paths.merchantOrderId,
        json: {
          account_id: accountId,
          marketplace: ack.marketplace,
          marketplace_order_id: ack.channelOrderRef,
          merchant_order_id: [ack.orderId],
        },
      },
      context.now,
    );
    if (!answer.ok) return answer;
  }
  return ok(undefined);
}
