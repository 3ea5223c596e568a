import { describe, expect, it } from 'vitest';
import { renderTimeline, type OrderEvent } from '../../src/index.js';
import { captured, history, nb, operator, wms } from './_timelineStory.js';

const texts = (events: readonly OrderEvent[], locale: 'en' | 'fr') =>
  renderTimeline(events, locale).map((e) => e.text);

describe('renderTimeline: stock moved between warehouses, and back-ordered lines', () => {
  const events = history(
    captured(),
    {
      type: 'order.lines_reallocated',
      at: '2025-03-01T09:00:00Z',
      actor: wms,
      reason: 'Cycle count',
      data: {
        lines: [
          { lineId: 'L1', quantity: 2, fromWarehouseId: 'PAR', toWarehouseId: 'LYS' },
          { lineId: 'L2', quantity: 1, fromWarehouseId: 'PAR', toWarehouseId: 'LYS' },
        ],
      },
    },
    {
      type: 'order.lines_reallocated',
      at: '2025-03-01T09:05:00Z',
      actor: wms,
      data: {
        lines: [
          { lineId: 'L1', quantity: 1, fromWarehouseId: 'PAR', toWarehouseId: 'LYS' },
          { lineId: 'L2', quantity: 1, fromWarehouseId: 'LYS', toWarehouseId: 'PAR' },
        ],
      },
    },
    {
      type: 'hold.placed',
      at: '2025-03-01T09:10:00Z',
      actor: { kind: 'rule', id: 'routing' },
      data: { holdId: 'H1', reasonCode: 'backorder', scope: { kind: 'line', lineId: 'L2' } },
    },
    {
      type: 'hold.released',
      at: '2025-03-03T08:00:00Z',
      actor: operator,
      data: { holdId: 'H1' },
    },
  );

  it('tells them in English', () => {
    expect(texts(events, 'en').slice(1)).toEqual([
      'Stock moved from warehouse PAR to warehouse LYS: 2 × Red mug, 1 × Green tea. Reason: “Cycle count”.',
      'Stock moved to other warehouses: 1 × Red mug (PAR → LYS), 1 × Green tea (LYS → PAR).',
      'Hold H1 placed on Green tea: waiting for stock.',
      'Hold H1 released (waiting for stock). No hold left: the flow resumes.',
    ]);
  });

  it('tells them in French', () => {
    expect(texts(events, 'fr').slice(1)).toEqual(
      [
        'Stock transféré de l’entrepôt PAR à l’entrepôt LYS~: 2 × Red mug, 1 × Green tea. Motif~: «~Cycle count~».',
        'Stock transféré vers d’autres entrepôts~: 1 × Red mug (PAR → LYS), 1 × Green tea (LYS → PAR).',
        'Blocage H1 posé sur Green tea~: en attente de stock.',
        'Blocage H1 levé (en attente de stock). Plus aucun blocage~: le traitement reprend.',
      ].map(nb),
    );
  });
});
