import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, jsonSchemasDir } from '../scripts/jsonSchemas.js';
import * as ordokit from '../src/index.js';

const dir = resolve(import.meta.dirname, '..', jsonSchemasDir);
const generated = generateJsonSchemas();

describe('docs/schemas', () => {
  it('has a JSON Schema for every public schema of the main entry', () => {
    const exported = Object.keys(ordokit)
      .filter((name) => name.endsWith('Schema'))
      .map((name) => `${name.slice(0, -'Schema'.length)}.json`);
    expect(exported).toEqual(
      expect.arrayContaining(['Order.json', 'OrderLine.json', 'Parcel.json', 'Rma.json']),
    );
    expect([...generated.keys()].sort()).toEqual(exported.sort());
  });

  it.each([...generated])('%s has a title and a description', (name, text) => {
    const json = JSON.parse(text) as { title?: unknown; description?: unknown };
    expect(json.title).toBe(name.replace(/\.json$/, ''));
    expect(typeof json.description, `describe ${name} in scripts/jsonSchemas.ts`).toBe('string');
  });

  it.each([...generated])('%s is up to date', (name, text) => {
    const file = join(dir, name);
    const stale = `${jsonSchemasDir}/${name} is missing or stale: run \`npm run schemas\``;
    expect(existsSync(file), stale).toBe(true);
    expect(readFileSync(file, 'utf8') === text, stale).toBe(true);
  });

  it('holds no schema that is no longer generated', () => {
    const extra = readdirSync(dir).filter((n) => n.endsWith('.json') && !generated.has(n));
    expect(
      extra,
      `remove ${extra.join(', ')} from ${jsonSchemasDir}: run \`npm run schemas\``,
    ).toEqual([]);
  });

  it('describes what callers send: amounts as decimal strings, price rule, quantities', () => {
    const order = JSON.parse(generated.get('Order.json') ?? '{}') as {
      required: string[];
      additionalProperties: boolean;
      $defs: Record<
        string,
        {
          type?: string;
          anyOf?: unknown;
          properties?: Record<string, { type?: string; $ref?: string }>;
        }
      >;
    };
    expect(order.required).toEqual(
      expect.arrayContaining(['orderId', 'tenantId', 'channelRef', 'currency', 'lines', 'totals']),
    );
    expect(order.additionalProperties).toBe(false);
    expect(order.$defs.MoneyJson?.properties?.amount?.$ref).toBe('#/$defs/DecimalString');
    expect(order.$defs.DecimalString?.type).toBe('string');
    expect(order.$defs.LineQuantities?.properties?.ordered?.type).toBe('integer');
    expect(order.$defs.OrderLine?.anyOf).toEqual([
      { required: ['unitPrice'] },
      { required: ['lineTotal'] },
    ]);
  });
});
