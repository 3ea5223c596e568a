import type { OrderState } from '../../../order/index.js';
import type {
  AppendBatch,
  AppendReceipt,
  OrderStore,
  OutboxMessageDraft,
} from '../../../ports/index.js';
import type { ContractTestApi, OrderStoreUnderTest } from '../types.js';
import { checkOk } from './assert.js';
import { captureBatch, stepBatch, type OrderSpec, type StepDraft } from './fixtures.js';

/** Registers tests that each get a fresh subject from `make` and dispose of it afterwards. */
export function testsWith<S extends Pick<OrderStoreUnderTest, 'dispose'>>(
  api: ContractTestApi,
  make: () => S | Promise<S>,
): (name: string, body: (subject: S) => Promise<void>) => void {
  return (name, body) => {
    api.it(name, async () => {
      const subject = await make();
      try {
        await body(subject);
      } finally {
        await subject.dispose?.();
      }
    });
  };
}

/** Appends a batch that must succeed. */
export async function appendOk(
  store: OrderStore,
  batch: AppendBatch,
  what: string,
): Promise<AppendReceipt> {
  return checkOk(await store.append(batch), what);
}

/** Captures an order that must be accepted by the store; its state. */
export async function capture(
  store: OrderStore,
  spec: OrderSpec,
  messages: readonly OutboxMessageDraft[] = [],
): Promise<OrderState> {
  const batch = captureBatch(spec, messages);
  await appendOk(store, batch, `capture of ${spec.orderId} (tenant ${spec.tenantId})`);
  return batch.state;
}

/** Applies one step to a stored order that must be accepted by the store; the new state. */
export async function step(
  store: OrderStore,
  state: OrderState,
  draft: StepDraft,
  messages: readonly OutboxMessageDraft[] = [],
): Promise<OrderState> {
  const batch = stepBatch(state, draft, messages);
  await appendOk(store, batch, `${draft.type} on ${state.orderId} (tenant ${state.tenantId})`);
  return batch.state;
}
