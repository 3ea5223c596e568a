import { describe, expect, it } from 'vitest';
import { formatError, type EngineOwnError, type PortError } from '../../src/index.js';
import { engineMessages } from '../../src/engine/index.js';

const samples: readonly EngineOwnError[] = [
  { code: 'engine/order_not_found', tenantId: 'tenant-a', orderId: 'ord-9' },
  {
    code: 'engine/payload_invalid',
    channel: 'amazon',
    issues: [
      {
        code: 'order/schema_invalid',
        path: ['lines'],
        expected: { kind: 'min', of: 'items', bound: 1, inclusive: true },
        received: { kind: 'array', length: 0 },
      },
      { code: 'order/line_price_missing', path: ['lines', 0], lineId: 'L1' },
    ],
  },
  { code: 'engine/payload_invalid', channel: 'amazon', issues: [] },
  { code: 'engine/channel_mismatch', expected: 'cdiscount', received: 'amazon' },
  { code: 'engine/conflict_persisting', tenantId: 'tenant-a', orderId: 'ord-9', attempts: 9 },
  { code: 'engine/config_invalid', field: 'policy.maxAttempts', expected: 'positive_integer' },
  { code: 'engine/inventory_missing' },
  { code: 'engine/config_invalid', field: 'inventory.routing.maxParcels', expected: 'inventory' },
];

describe('engineMessages', () => {
  it('has a sample here for every code', () => {
    expect(new Set(samples.map((s) => s.code))).toEqual(new Set(Object.keys(engineMessages)));
  });

  it.each(samples)('renders $code in English and French through formatError', (sample) => {
    const en = formatError(sample, 'en');
    const fr = formatError(sample, 'fr');
    expect(en).not.toBe(sample.code);
    expect(fr).not.toBe(sample.code);
    expect(en).not.toBe(fr);
    // Every message ends with what to do.
    expect(en).toMatch(/\.$/);
    expect(fr).toMatch(/\.$/);
  });

  it('names the facts of each error', () => {
    expect(formatError(samples[0] as EngineOwnError, 'en')).toContain('ord-9');
    const invalid = formatError(samples[1] as EngineOwnError, 'en');
    expect(invalid).toContain('amazon');
    expect(invalid).toContain('1 more issues');
    expect(formatError(samples[3] as EngineOwnError, 'fr')).toContain('cdiscount');
    expect(formatError(samples[4] as EngineOwnError, 'en')).toContain('9 attempts');
    expect(formatError(samples[5] as EngineOwnError, 'fr')).toContain('policy.maxAttempts');
  });

  it('registers the port messages with formatError too', () => {
    const conflict: PortError = {
      code: 'store/version_conflict',
      tenantId: 't',
      orderId: 'ord-1',
      expectedVersion: 2,
      actualVersion: 3,
    };
    expect(formatError(conflict, 'en')).toContain('ord-1');
    expect(formatError({ code: 'connector/rejected', target: 'dhl' }, 'fr')).toContain('dhl');
  });

  it('renders the stock store conflicts with the level or the checkpoint they name', () => {
    const level: PortError = {
      code: 'stock/version_conflict',
      tenantId: 't',
      warehouseId: 'PAR',
      sku: 'MUG',
      expectedVersion: 4,
      actualVersion: 5,
    };
    expect(formatError(level, 'en')).toBe(
      'The stock of MUG in warehouse PAR changed meanwhile (version 5, expected 4). Read it again and decide on the fresh figures.',
    );
    expect(formatError(level, 'fr')).toContain("l'entrepôt PAR");
    const checkpoint: PortError = {
      code: 'stock/checkpoint_conflict',
      tenantId: 't',
      expectedSeq: 7,
      actualSeq: 9,
    };
    expect(formatError(checkpoint, 'en')).toContain('at stock event 9, expected 7');
    expect(formatError(checkpoint, 'fr')).toContain('événement de stock 9');
  });
});
