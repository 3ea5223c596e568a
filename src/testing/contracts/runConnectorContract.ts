import type { z } from 'zod';
import {
  BuyerNotificationSchema,
  LabelRequestSchema,
  PreparationRequestSchema,
  SaleRequestSchema,
  StatusPushSchema,
  TrackingPushSchema,
  type MarketplaceConnector,
} from '../../ports/index.js';
import type { ConnectorSubject, ConnectorSubjectOf } from './connectorTypes.js';
import type { ContractTestApi } from './types.js';
import {
  labelAckSpec,
  noAckSpec,
  preparationAckSpec,
  saleAckSpec,
} from './_internal/connectorAcks.js';
import {
  anotherEffect,
  contractTenant,
  sampleLabel,
  sampleNotification,
  samplePreparation,
  sampleSale,
  sampleStatus,
  sampleTracking,
} from './_internal/connectorSamples.js';
import { registerOperation, type PortSpec } from './_internal/connectorTests.js';

/** Throws when the caller's sample does not pass its schema: a bug in the test setup. */
function checkSample(sample: unknown, schema: z.ZodType, name: string): void {
  if (sample === undefined) return;
  const parsed = schema.safeParse(sample);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  const at = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new TypeError(
    `runConnectorContract: the sample is not a valid ${name}${at}: ${issue?.message ?? ''}`,
  );
}

/** Checks the subject's samples before any test is registered. */
function checkSamples(subject: ConnectorSubject): void {
  switch (subject.kind) {
    case 'wms':
      checkSample(subject.sample, PreparationRequestSchema, 'PreparationRequest');
      return;
    case 'erp':
      checkSample(subject.sample, SaleRequestSchema, 'SaleRequest');
      return;
    case 'marketplace':
      checkSample(subject.sample?.status, StatusPushSchema, 'StatusPush');
      checkSample(subject.sample?.tracking, TrackingPushSchema, 'TrackingPush');
      return;
    case 'carrier':
      checkSample(subject.sample, LabelRequestSchema, 'LabelRequest');
      return;
    case 'notifier':
      checkSample(subject.sample, BuyerNotificationSchema, 'BuyerNotification');
      return;
  }
}

/** The port's factories, its target and the context's tenant. */
function portOf<C>(
  subject: ConnectorSubjectOf<string, C, unknown>,
  targetOf: (connector: C) => string,
): PortSpec<C> {
  const { make, makeFailing } = subject;
  return { targetOf, make, makeFailing, tenantId: subject.tenantId ?? contractTenant };
}

function registerMarketplace(
  api: ContractTestApi,
  subject: Extract<ConnectorSubject, { kind: 'marketplace' }>,
): void {
  const tenantId = subject.tenantId ?? contractTenant;
  const status = subject.sample?.status;
  const tracking = subject.sample?.tracking;
  const port = portOf(subject, (c: MarketplaceConnector) => c.channel);
  api.describe('pushStatus', () => {
    registerOperation(api, port, {
      method: 'pushStatus',
      kind: 'marketplace.push_status',
      ack: noAckSpec,
      sample: (channel) => status ?? sampleStatus(tenantId, channel),
      another: anotherEffect.status,
      call: (c, push, context) => c.pushStatus(push, context),
      orderIdOf: (push) => push.orderId,
    });
  });
  api.describe('pushTracking', () => {
    registerOperation(api, port, {
      method: 'pushTracking',
      kind: 'marketplace.push_tracking',
      ack: noAckSpec,
      sample: (channel) => tracking ?? sampleTracking(tenantId, channel),
      another: anotherEffect.tracking,
      call: (c, push, context) => c.pushTracking(push, context),
      orderIdOf: (push) => push.orderId,
    });
  });
}

/** Registers the tests of the subject's port, each in a `describe` named after its method. */
function registerPort(api: ContractTestApi, subject: ConnectorSubject): void {
  const tenantId = subject.tenantId ?? contractTenant;
  switch (subject.kind) {
    case 'wms': {
      const { sample } = subject;
      api.describe('prepare', () => {
        registerOperation(
          api,
          portOf(subject, (c) => c.code),
          {
            method: 'prepare',
            kind: 'wms.prepare',
            ack: preparationAckSpec,
            sample: () => sample ?? samplePreparation(tenantId),
            another: anotherEffect.preparation,
            call: (c, request, context) => c.prepare(request, context),
            orderIdOf: (request) => request.orderId,
          },
        );
      });
      return;
    }
    case 'erp': {
      const { sample } = subject;
      api.describe('recordSale', () => {
        registerOperation(
          api,
          portOf(subject, (c) => c.code),
          {
            method: 'recordSale',
            kind: 'erp.record_sale',
            ack: saleAckSpec,
            sample: () => sample ?? sampleSale(tenantId),
            another: anotherEffect.sale,
            call: (c, request, context) => c.recordSale(request, context),
            orderIdOf: (request) => request.orderId,
          },
        );
      });
      return;
    }
    case 'marketplace':
      registerMarketplace(api, subject);
      return;
    case 'carrier': {
      const { sample } = subject;
      api.describe('createLabel', () => {
        registerOperation(
          api,
          portOf(subject, (c) => c.code),
          {
            method: 'createLabel',
            kind: 'carrier.create_label',
            ack: labelAckSpec,
            sample: (code) => sample ?? sampleLabel(tenantId, code),
            another: anotherEffect.label,
            call: (c, request, context) => c.createLabel(request, context),
            orderIdOf: (request) => request.orderId,
          },
        );
      });
      return;
    }
    case 'notifier': {
      const { sample } = subject;
      api.describe('notifyBuyer', () => {
        registerOperation(
          api,
          portOf(subject, () => 'buyer'),
          {
            method: 'notifyBuyer',
            kind: 'buyer.notify',
            ack: noAckSpec,
            sample: () => sample ?? sampleNotification(tenantId),
            another: anotherEffect.notification,
            call: (c, message, context) => c.notifyBuyer(message, context),
            orderIdOf: (message) => message.orderId,
          },
        );
      });
      return;
    }
  }
}

const portNames: Readonly<Record<ConnectorSubject['kind'], string>> = {
  wms: 'WmsConnector',
  erp: 'ErpConnector',
  marketplace: 'MarketplaceConnector',
  carrier: 'CarrierConnector',
  notifier: 'Notifier',
};

/**
 * Registers the tests every connector of a port must pass, with the test runner you pass. For
 * each method (`prepare`; `recordSale`; `pushStatus` and `pushTracking`; `createLabel`;
 * `notifyBuyer`), with keys shaped as the engine makes them (`<order>:<kind>:<target>:<seq>`):
 *
 * - a valid call resolves to a `Result` (never throws, never rejects) and answers ok with an ack
 *   the engine can use (`PreparationAck` with a warehouse id, `SaleAck` with a document number,
 *   `LabelAck` whose carrier and tracking pass the order schemas); the connector's code or
 *   channel is a valid effect target;
 * - the same key twice acts once (`actedKeys` has it once) and answers the first ack again;
 * - another effect's key acts again (two sales make two documents, two labels two tracking
 *   numbers), and each key keeps its own ack;
 * - calls with one key at the same time act once; each answers the same ack, or a failure to
 *   retry (`connector/unavailable` or `connector/timeout`), never a refusal;
 * - only when the subject has `makeFailing`: its failures are `ConnectorFailure` values with a
 *   known code, `target` equal to the connector's code (channel, `buyer` for a notifier), a
 *   text `detail` and a `retryAfter` instant only when unavailable.
 *
 * Each test calls `make` (or `makeFailing`) once and `dispose` after it. Tests throw an `Error`
 * saying what was expected and what the connector did. The payloads are built in (one order of
 * two mugs, addressed to the connector's own channel or carrier), unless `sample` gives one.
 *
 * @param subject - the port's kind, and how to make the connector (and a failing one)
 * @param api - `describe` and `it` of your test runner (vitest, jest, `node:test`)
 * @throws TypeError when `subject.sample` does not pass its payload schema
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runConnectorContract } from 'ordokit/testing';
 *
 * runConnectorContract(
 *   {
 *     kind: 'carrier',
 *     make: async () => {
 *       const sandbox = await startCarrierSandbox(); // your helper
 *       return {
 *         connector: createMyCarrier(sandbox.url),
 *         actedKeys: () => sandbox.labelsMade().map((l) => l.idempotencyKey),
 *         dispose: () => sandbox.stop(),
 *       };
 *     },
 *     makeFailing: () => ({ connector: createMyCarrier('http://127.0.0.1:9') }),
 *   },
 *   { describe, it },
 * );
 * ```
 */
export function runConnectorContract(subject: ConnectorSubject, api: ContractTestApi): void {
  checkSamples(subject);
  api.describe(`${portNames[subject.kind]} contract`, () => {
    registerPort(api, subject);
  });
}
