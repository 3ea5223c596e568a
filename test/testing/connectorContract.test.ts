import { describe, expect, it } from 'vitest';
import {
  createFakeCarrier,
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
} from '../../src/adapters/memory/index.js';
import { err, ok } from '../../src/index.js';
import {
  BuyerNotificationSchema,
  LabelRequestSchema,
  PreparationRequestSchema,
  SaleRequestSchema,
  StatusPushSchema,
  TrackingPushSchema,
  type CarrierConnector,
  type ErpConnector,
  type LabelAck,
  type PreparationAck,
  type PreparationRequest,
  type WmsConnector,
} from '../../src/ports/index.js';
import {
  runConnectorContract,
  type ConnectorSubject,
  type ConnectorUnderTest,
  type ContractTestApi,
} from '../../src/testing/index.js';

/** A memory fake under test: its `received` lists each key it acted on. */
function fake<C extends { readonly received: readonly { readonly key: string }[] }>(
  connector: C,
): ConnectorUnderTest<C> {
  return { connector, actedKeys: () => connector.received.map((r) => r.key) };
}

// --- Every memory fake passes, run by vitest itself --------------------------------------

describe('the memory fakes pass the connector contract', () => {
  describe('createFakeWms (slow, unavailable when failing)', () => {
    runConnectorContract(
      {
        kind: 'wms',
        make: () => fake(createFakeWms({ code: 'main-wms', latency: 3 })),
        makeFailing: () => ({
          connector: createFakeWms({ code: 'main-wms', failureRate: 1, retryAfterMs: 30_000 }),
        }),
      },
      { describe, it },
    );
  });
  describe('createFakeErp (refusing when failing)', () => {
    runConnectorContract(
      {
        kind: 'erp',
        make: () => fake(createFakeErp({ code: 'odoo', duplicateAckRate: 0.5 })),
        makeFailing: () => ({ connector: createFakeErp({ code: 'odoo', rejectRate: 1 }) }),
      },
      { describe, it },
    );
  });
  describe('createFakeMarketplace (timing out when failing)', () => {
    runConnectorContract(
      {
        kind: 'marketplace',
        make: () => fake(createFakeMarketplace('amazon', { latency: 1 })),
        makeFailing: () => ({
          connector: createFakeMarketplace('amazon', { timeoutRate: 1 }),
        }),
      },
      { describe, it },
    );
  });
  describe('createFakeCarrier (timing out without acting when failing)', () => {
    runConnectorContract(
      {
        kind: 'carrier',
        make: () => fake(createFakeCarrier('colissimo')),
        makeFailing: () => ({
          connector: createFakeCarrier('colissimo', {
            respond: () => ({ outcome: 'timeout', processed: false }),
          }),
        }),
      },
      { describe, it },
    );
  });
  describe('createFakeNotifier (no failing connector given)', () => {
    runConnectorContract(
      { kind: 'notifier', make: () => fake(createFakeNotifier()) },
      {
        describe,
        it,
      },
    );
  });
});

// --- A fake test runner, to see which tests a broken connector fails ---------------------

interface Collected {
  readonly name: string;
  readonly fn: () => Promise<void> | void;
}

function collect(subject: ConnectorSubject): Collected[] {
  const tests: Collected[] = [];
  const path: string[] = [];
  const api: ContractTestApi = {
    describe(name, fn) {
      path.push(name);
      fn();
      path.pop();
    },
    it(name, fn) {
      tests.push({ name: [...path, name].join(' > '), fn });
    },
  };
  runConnectorContract(subject, api);
  return tests;
}

/** The tests of the suite that fail against `subject`, with their messages. */
async function failures(subject: ConnectorSubject): Promise<Record<string, string>> {
  const failed: Record<string, string> = {};
  for (const t of collect(subject)) {
    try {
      await t.fn();
    } catch (e) {
      failed[t.name] = e instanceof Error ? e.message : String(e);
    }
  }
  return failed;
}

const valid = 'answers a valid call with ok';
const again = 'acts once when a key comes again, and answers with the first ack';
const perKey = 'acts once per key: another effect acts again, each key keeps its ack';
const atOnce = 'acts once when calls with one key run at the same time';
const failing = "returns failures as values, with a known code and the connector's target";

describe('runConnectorContract', () => {
  it('registers four tests per method, and the failure test only with makeFailing', () => {
    const wms = (): ConnectorUnderTest<WmsConnector> => fake(createFakeWms());
    expect(collect({ kind: 'wms', make: wms }).map((t) => t.name)).toEqual([
      'WmsConnector contract > prepare > answers a valid call with ok and a PreparationAck',
      `WmsConnector contract > prepare > ${again}`,
      `WmsConnector contract > prepare > ${perKey}`,
      `WmsConnector contract > prepare > ${atOnce}`,
    ]);
    const marketplace = collect({
      kind: 'marketplace',
      make: () => fake(createFakeMarketplace('amazon')),
      makeFailing: () => ({ connector: createFakeMarketplace('amazon', { failureRate: 1 }) }),
    }).map((t) => t.name);
    const tests = [valid, again, perKey, atOnce, failing];
    expect(marketplace).toEqual([
      ...tests.map((t) => `MarketplaceConnector contract > pushStatus > ${t}`),
      ...tests.map((t) => `MarketplaceConnector contract > pushTracking > ${t}`),
    ]);
  });

  it('sends the sample and tenant given, and refuses an invalid sample at registration', async () => {
    const wms = createFakeWms();
    const sample: PreparationRequest = {
      orderId: 'A-77',
      channelRef: { channel: 'fnac', channelOrderRef: 'F-77' },
      warehouseId: 'WH9',
      lines: [{ lineId: 'L1', sku: 'SKU-1', title: 'Chair', quantity: 4 }],
      shipTo: {
        name: 'Ana Ruiz',
        line1: 'Calle Mayor 1',
        postalCode: '28013',
        city: 'Madrid',
        country: 'ES',
      },
      buyer: { name: 'Ana Ruiz' },
    };
    const [first] = collect({ kind: 'wms', make: () => fake(wms), sample, tenantId: 'eu-1' });
    await first?.fn();
    expect(wms.received.map((r) => [r.key, r.request, r.context.tenantId])).toEqual([
      ['A-77:wms.prepare:wms:2', sample, 'eu-1'],
    ]);
    const broken = { ...sample, lines: [] };
    expect(() => collect({ kind: 'wms', make: () => fake(wms), sample: broken })).toThrow(
      /runConnectorContract: the sample is not a valid PreparationRequest at lines/,
    );
  });

  it('passes against the fakes through a fake runner too', async () => {
    expect(await failures({ kind: 'erp', make: () => fake(createFakeErp()) })).toEqual({});
  });
});

// --- Broken connectors, each with one classic bug ----------------------------------------

const wmsTest = (name: string) => `WmsConnector contract > prepare > ${name}`;

/** A WMS that keeps no table of keys: every call prepares again. */
function forgetfulWms(): ConnectorUnderTest<WmsConnector> {
  const acted: string[] = [];
  return {
    connector: {
      code: 'wms',
      prepare: (_request, context) => {
        acted.push(context.idempotencyKey);
        return Promise.resolve(ok({ warehouseId: 'WH1', reference: `PREP-${acted.length}` }));
      },
    },
    actedKeys: () => acted,
  };
}

/** A WMS that looks its key up, then calls the remote side, then writes the key down. */
function racyWms(): ConnectorUnderTest<WmsConnector> {
  const acted: string[] = [];
  const answers = new Map<string, PreparationAck>();
  return {
    connector: {
      code: 'wms',
      prepare: async (_request, { idempotencyKey: key }) => {
        const known = answers.get(key);
        if (known !== undefined) return ok(known);
        await Promise.resolve(); // the HTTP call
        const ack = { warehouseId: 'WH1', reference: `PREP-${acted.length + 1}` };
        acted.push(key);
        answers.set(key, ack);
        return ok(ack);
      },
    },
    actedKeys: () => acted,
  };
}

/** A carrier that remembers only the last key it saw (a one-entry cache). */
function lastKeyCarrier(): ConnectorUnderTest<CarrierConnector> {
  const acted: string[] = [];
  let last: { key: string; ack: LabelAck } | undefined;
  return {
    connector: {
      code: 'colissimo',
      createLabel: (request, { idempotencyKey: key }) => {
        if (last?.key === key) return Promise.resolve(ok(last.ack));
        acted.push(key);
        const number = `6A${String(acted.length).padStart(11, '0')}`;
        last = {
          key,
          ack: { carrier: request.carrier, tracking: { number, carrierCode: 'colissimo' } },
        };
        return Promise.resolve(ok(last.ack));
      },
    },
    actedKeys: () => acted,
  };
}

describe('the connector contract catches', () => {
  it('a connector that acts again on a replayed key', async () => {
    const failed = await failures({ kind: 'wms', make: forgetfulWms });
    expect(Object.keys(failed).sort()).toEqual([again, atOnce, perKey].map(wmsTest).sort());
  });

  it('a connector that dedupes sequential calls but not concurrent ones', async () => {
    const failed = await failures({ kind: 'wms', make: racyWms });
    expect(Object.keys(failed)).toEqual([wmsTest(atOnce)]);
    expect(failed[wmsTest(atOnce)]).toMatch(/acted 5 time\(s\) on key/);
  });

  it('a connector whose cache forgets a key when another comes', async () => {
    const failed = await failures({ kind: 'carrier', make: lastKeyCarrier });
    expect(Object.keys(failed)).toEqual([`CarrierConnector contract > createLabel > ${perKey}`]);
  });

  it('an ERP that gives two sales the same document number', async () => {
    const failed = await failures({
      kind: 'erp',
      make: () =>
        fake(
          createFakeErp({
            respond: () => ({ outcome: 'ack', ack: { kind: 'invoice', number: 'SO-1' } }),
          }),
        ),
    });
    const name = `ErpConnector contract > recordSale > ${perKey}`;
    expect(Object.keys(failed)).toEqual([name]);
    expect(failed[name]).toContain('two effects got the same document invoice SO-1');
  });

  it('a carrier whose label is not a valid tracking', async () => {
    const badLabel = {
      carrier: { code: 'colissimo' },
      tracking: { number: '6A 123', carrierCode: 'colissimo' },
    };
    const failed = await failures({
      kind: 'carrier',
      make: () =>
        fake(
          createFakeCarrier('colissimo', { respond: () => ({ outcome: 'ack', ack: badLabel }) }),
        ),
    });
    const name = (t: string) => `CarrierConnector contract > createLabel > ${t}`;
    expect(Object.keys(failed).sort()).toEqual(
      [`${valid} and a LabelAck`, again, perKey, atOnce].map(name).sort(),
    );
    expect(failed[name(`${valid} and a LabelAck`)]).toMatch(
      /is not a LabelAck at tracking\.number/,
    );
  });

  it('a connector whose promise rejects', async () => {
    const failed = await failures({
      kind: 'notifier',
      make: () =>
        fake(createFakeNotifier({ respond: () => ({ outcome: 'throw', message: 'SMTP down' }) })),
    });
    expect(Object.keys(failed)).toHaveLength(4);
    for (const message of Object.values(failed)) {
      expect(message).toMatch(/rejected its promise with Error: SMTP down/);
    }
  });

  it('a connector that throws its failures instead of returning them', async () => {
    const throwing: CarrierConnector = {
      code: 'colissimo',
      createLabel: () => {
        throw new Error('socket hang up');
      },
    };
    const failed = await failures({
      kind: 'carrier',
      make: () => fake(createFakeCarrier('colissimo')),
      makeFailing: () => ({ connector: throwing }),
    });
    const name = `CarrierConnector contract > createLabel > ${failing}`;
    expect(Object.keys(failed)).toEqual([name]);
    expect(failed[name]).toMatch(/threw Error: socket hang up; a connector returns its failures/);
  });

  it("a failure that names another system than the connector's code", async () => {
    const wrongTarget: ErpConnector = {
      code: 'odoo',
      recordSale: () =>
        Promise.resolve(err({ code: 'connector/unavailable', target: 'odoo-prod', detail: '502' })),
    };
    const failed = await failures({
      kind: 'erp',
      make: () => fake(createFakeErp({ code: 'odoo' })),
      makeFailing: () => ({ connector: wrongTarget }),
    });
    const name = `ErpConnector contract > recordSale > ${failing}`;
    expect(Object.keys(failed)).toEqual([name]);
    expect(failed[name]).toContain(
      `the failure's target (the connector's own code): expected "odoo", got "odoo-prod"`,
    );
  });

  it('a failure with an unknown code, and a connector that answers something else than a Result', async () => {
    const odd: WmsConnector = {
      code: 'wms',
      prepare: () => Promise.resolve(err({ code: 'http/503', target: 'wms' }) as never),
    };
    const failed = await failures({
      kind: 'wms',
      make: () => ({
        connector: { code: 'wms', prepare: () => Promise.resolve({ status: 200 } as never) },
        actedKeys: () => [],
      }),
      makeFailing: () => ({ connector: odd }),
    });
    expect(Object.keys(failed)).toHaveLength(5);
    expect(failed[wmsTest(`${valid} and a PreparationAck`)]).toContain(
      'resolved to {"status":200}, not a Result',
    );
    expect(failed[wmsTest(failing)]).toContain(
      "the failure's code must be one of connector/unavailable, connector/timeout, connector/rejected",
    );
  });
});

describe('the payloads the suite sends', () => {
  it('pass the payload schemas, for both effects of each method', async () => {
    const wms = createFakeWms();
    const erp = createFakeErp();
    const amazon = createFakeMarketplace('amazon');
    const dhl = createFakeCarrier('dhl');
    const notifier = createFakeNotifier();
    const subjects: ConnectorSubject[] = [
      { kind: 'wms', make: () => fake(wms) },
      { kind: 'erp', make: () => fake(erp) },
      { kind: 'marketplace', make: () => fake(amazon) },
      { kind: 'carrier', make: () => fake(dhl) },
      { kind: 'notifier', make: () => fake(notifier) },
    ];
    for (const subject of subjects) expect(await failures(subject)).toEqual({});
    const schemas = {
      prepare: PreparationRequestSchema,
      recordSale: SaleRequestSchema,
      pushStatus: StatusPushSchema,
      pushTracking: TrackingPushSchema,
      createLabel: LabelRequestSchema,
      notifyBuyer: BuyerNotificationSchema,
    } as const;
    const calls: readonly {
      readonly operation: string;
      readonly request: { readonly orderId: string };
      readonly keyReused: boolean;
    }[] = [...wms.calls, ...erp.calls, ...amazon.calls, ...dhl.calls, ...notifier.calls];
    const orders = new Set<string>();
    for (const call of calls) {
      const schema = schemas[call.operation as keyof typeof schemas];
      expect(schema.safeParse(call.request).success).toBe(true);
      orders.add(`${call.operation} ${call.request.orderId}`);
    }
    // Each method got the sample's order and another one, never a key reused with another payload.
    expect(orders.size).toBe(12);
    expect(calls.some((c) => c.keyReused)).toBe(false);
    // The label is asked of the connector's own carrier; the pushes name its channel.
    expect(dhl.received.every((r) => r.request.carrier.code === 'dhl')).toBe(true);
    expect(amazon.received.every((r) => r.request.channelRef.channel === 'amazon')).toBe(true);
  });
});
