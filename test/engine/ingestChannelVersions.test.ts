import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromLengowOrder } from '../../src/index.js';
import { setup, value } from './_support.js';

// Acceptance (issue 6): ingesting a channel payload twice changes nothing; ingesting its later
// version applies only the difference. The payloads go through the channel's mapper, as a host
// reading the channel's feed would send them.

type Json = Record<string, unknown>;
const fixtureDir = join(import.meta.dirname, '../channels/mappers/fixtures');
const fixtureNames = ['simple', 'two-packages', 'cancelled-line'] as const;
const fixtures = fixtureNames.map(
  (name) => JSON.parse(readFileSync(join(fixtureDir, `lengow-${name}.json`), 'utf8')) as Json,
);

/** The cart lines of every package, in payload order. */
function cartLines(payload: Json): Json[] {
  return (payload.packages as Json[]).flatMap((p) => p.cart as Json[]);
}

const isCancelled = (line: Json) =>
  ['canceled', 'cancelled', 'refused'].includes(String(line.marketplace_status).toLowerCase());

function mapped(payload: Json) {
  const reading = value(fromLengowOrder(payload, { tenantId: 'shop-1' }));
  if (reading.kind !== 'order') expect.fail('expected a complete order');
  return reading.order;
}

describe('ingesting later versions of a Lengow order', () => {
  test.prop(
    [
      fc.nat({ max: fixtures.length - 1 }),
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      fc.constantFrom('canceled', 'CANCELED', 'refused'),
    ],
    { numRuns: 200 },
  )(
    'applies exactly the lines the later version cancels, once, and never undoes them',
    async (index, cancelNow, word) => {
      const { oms } = setup();
      const first = structuredClone(fixtures[index]) as Json;
      const later = structuredClone(first);
      later.updated_at = '2026-03-06T09:00:00Z';
      const expected: string[] = [];
      cartLines(later).forEach((line, i) => {
        if (cancelNow[i] !== true || isCancelled(line)) return;
        line.marketplace_status = word;
        expected.push(
          `cancelled ${String(line.marketplace_order_line_id)} ×${String(line.quantity)}`,
        );
      });

      const created = value(await oms.ingest('lengow', mapped(first)));
      expect(created.outcome).toBe('created');
      const ref = { tenantId: created.state.tenantId, orderId: created.state.orderId };
      const before = value(await oms.history(ref)).length;
      expect(value(await oms.ingest('lengow', mapped(first))).outcome).toBe('unchanged');

      const updated = value(await oms.ingest('lengow', mapped(later)));
      expect(updated.outcome).toBe(expected.length === 0 ? 'unchanged' : 'updated');
      expect(updated.holdsPlaced).toEqual([]);
      if (expected.length > 0) expect(updated.changes).toEqual(expected);
      const lines = cartLines(later);
      updated.state.order.lines.forEach((line, i) => {
        const source = lines[i] as Json;
        expect(line.lineId).toBe(source.marketplace_order_line_id);
        expect(line.quantities.cancelled).toBe(isCancelled(source) ? source.quantity : 0);
      });
      const events = value(await oms.history(ref)).slice(before);
      expect(events.every((e) => e.type === 'order.lines_cancelled')).toBe(true);

      // The same later version again, then the older one: nothing moves.
      const version = updated.state.version;
      for (const payload of [later, first]) {
        const again = value(await oms.ingest('lengow', mapped(payload)));
        expect(again.outcome).toBe('unchanged');
        expect(again.state.version).toBe(version);
      }
    },
  );
});

describe('a later version that changes what ordokit will not overwrite', () => {
  test.prop([fc.nat({ max: fixtures.length - 1 })], { numRuns: 20 })(
    'a new delivery address is not applied: the order is held with the difference named',
    async (index) => {
      const { oms } = setup();
      const first = structuredClone(fixtures[index]) as Json;
      const later = structuredClone(first);
      for (const pack of later.packages as Json[]) {
        const delivery = pack.delivery as Json | null;
        if (delivery !== null) delivery.first_line = '12 rue de la Paix';
      }
      const created = value(await oms.ingest('lengow', mapped(first)));
      const updated = value(await oms.ingest('lengow', mapped(later)));
      expect(updated.outcome).toBe('updated');
      expect(updated.changes).toEqual(['shippingAddress differs']);
      expect(updated.holdsPlaced.map((h) => h.reasonCode)).toEqual(['channel_conflict']);
      expect(updated.state.order.shippingAddress).toEqual(created.state.order.shippingAddress);
      const again = value(await oms.ingest('lengow', mapped(later)));
      expect(again.holdsPlaced).toEqual([]);
    },
  );
});
