import { describe, expect, it } from 'vitest';
import {
  actorKinds,
  decide,
  formatTimeline,
  holdReasons,
  OrderSchema,
  parcelStatuses,
  renderTimeline,
  replay,
  returnReasons,
  type Actor,
  type OrderEvent,
} from '../../src/index.js';
import { eur, exclusiveOrder } from './_fixtures.js';
import {
  amazon,
  captured,
  carrier,
  history,
  nb,
  operator,
  story,
  trackingUrl,
  wms,
  type Draft,
} from './_timelineStory.js';

describe('renderTimeline: a whole story', () => {
  it('tells it in English, in UTC by default', () => {
    const entries = renderTimeline(story, 'en');
    expect(entries.map((e) => [e.when, e.actor, e.text])).toEqual([
      [
        '1 Mar 2025, 08:30',
        'channel amazon',
        'Order 405-1234567-1234567 captured from amazon (amazon.fr): 2 × Red mug, 1 × Green tea; total €64.00. Waiting for acceptance.',
      ],
      ['1 Mar 2025, 08:45', 'operator u-42', 'Order accepted.'],
      [
        '1 Mar 2025, 08:45',
        'rule phone-check',
        'Hold H1 placed on the order: phone number missing. Note: “No phone number for the carrier”. Next action: “Ask the buyer for a phone number”.',
      ],
      [
        '1 Mar 2025, 10:12',
        'operator u-42',
        'Hold H1 released (phone number missing). No hold left: the flow resumes. Reason: “Buyer gave 06 12 34 56 78”.',
      ],
      ['1 Mar 2025, 13:00', 'WMS wms-1', 'Preparation started in warehouse WH1.'],
      [
        '1 Mar 2025, 13:00',
        'WMS wms-1',
        'Stock allocated in warehouse WH1: 2 × Red mug, 1 × Green tea.',
      ],
      [
        '1 Mar 2025, 15:20',
        'WMS wms-1',
        'Parcel P1 created: 2 × Red mug, 1 × Green tea; warehouse WH1; carrier colissimo (DOM).',
      ],
      [
        '1 Mar 2025, 17:05',
        'WMS wms-1',
        `Parcel P1 shipped with colissimo (DOM), tracking number 6A12345678901 (${trackingUrl}).`,
      ],
      ['1 Mar 2025, 17:06', 'channel amazon', 'Status seen on amazon: “Shipped”.'],
      [
        '3 Mar 2025, 07:40',
        'carrier colissimo',
        'Tracking of parcel P1: out for delivery (carrier status “En cours de livraison”).',
      ],
      [
        '3 Mar 2025, 11:02',
        'carrier colissimo',
        'Parcel P1 delivered: 2 × Red mug, 1 × Green tea.',
      ],
      [
        '5 Mar 2025, 09:00',
        'channel amazon',
        'Return R1 requested: 1 × Red mug (damaged in transit; channel reason DAMAGED_BY_CARRIER).',
      ],
      ['5 Mar 2025, 09:30', 'operator u-42', 'Return R1 approved.'],
      ['10 Mar 2025, 14:00', 'WMS wms-1', 'Return R1 received: 1 × Red mug.'],
      ['10 Mar 2025, 14:30', 'WMS wms-1', 'Return R1 inspected: scrapped.'],
      ['10 Mar 2025, 15:00', 'operator u-42', 'Return R1 resolved: refund.'],
      ['10 Mar 2025, 15:00', 'operator u-42', 'Refund RF1 issued: €12.00 (1 × Red mug: €12.00).'],
      ['10 Mar 2025, 15:00', 'operator u-42', 'Return R1 closed.'],
      ['11 Mar 2025, 08:00', 'ERP sap', 'ERP document linked: credit note AV-2025-0042.'],
      ['31 Mar 2025, 22:30', 'system ordokit', 'Order closed.'],
    ]);
  });

  it('tells it in French, in the time zone asked for', () => {
    const entries = renderTimeline(story, 'fr', { timeZone: 'Europe/Paris' });
    const expected = [
      [
        '1 mars 2025, 09:30',
        'canal amazon',
        'Commande 405-1234567-1234567 reçue de amazon (amazon.fr)~: 2 × Red mug, 1 × Green tea~; total 64,00~€. En attente d’acceptation.',
      ],
      ['1 mars 2025, 09:45', 'opérateur u-42', 'Commande acceptée.'],
      [
        '1 mars 2025, 09:45',
        'règle phone-check',
        'Blocage H1 posé sur la commande~: téléphone manquant. Note~: «~No phone number for the carrier~». Action suivante~: «~Ask the buyer for a phone number~».',
      ],
      [
        '1 mars 2025, 11:12',
        'opérateur u-42',
        'Blocage H1 levé (téléphone manquant). Plus aucun blocage~: le traitement reprend. Motif~: «~Buyer gave 06 12 34 56 78~».',
      ],
      ['1 mars 2025, 14:00', 'WMS wms-1', 'Préparation lancée dans l’entrepôt WH1.'],
      [
        '1 mars 2025, 14:00',
        'WMS wms-1',
        'Stock réservé dans l’entrepôt WH1~: 2 × Red mug, 1 × Green tea.',
      ],
      [
        '1 mars 2025, 16:20',
        'WMS wms-1',
        'Colis P1 créé~: 2 × Red mug, 1 × Green tea~; entrepôt WH1~; transporteur colissimo (DOM).',
      ],
      [
        '1 mars 2025, 18:05',
        'WMS wms-1',
        `Colis P1 expédié par colissimo (DOM), numéro de suivi 6A12345678901 (${trackingUrl}).`,
      ],
      ['1 mars 2025, 18:06', 'canal amazon', 'Statut constaté sur amazon~: «~Shipped~».'],
      [
        '3 mars 2025, 08:40',
        'transporteur colissimo',
        'Suivi du colis P1~: en cours de livraison (statut du transporteur «~En cours de livraison~»).',
      ],
      [
        '3 mars 2025, 12:02',
        'transporteur colissimo',
        'Colis P1 livré~: 2 × Red mug, 1 × Green tea.',
      ],
      [
        '5 mars 2025, 10:00',
        'canal amazon',
        'Retour R1 demandé~: 1 × Red mug (endommagé pendant le transport~; motif du canal DAMAGED_BY_CARRIER).',
      ],
      ['5 mars 2025, 10:30', 'opérateur u-42', 'Retour R1 accepté.'],
      ['10 mars 2025, 15:00', 'WMS wms-1', 'Retour R1 reçu~: 1 × Red mug.'],
      ['10 mars 2025, 15:30', 'WMS wms-1', 'Retour R1 inspecté~: mis au rebut.'],
      ['10 mars 2025, 16:00', 'opérateur u-42', 'Retour R1 résolu~: remboursement.'],
      [
        '10 mars 2025, 16:00',
        'opérateur u-42',
        'Remboursement RF1 émis~: 12,00~€ (1 × Red mug~: 12,00~€).',
      ],
      ['10 mars 2025, 16:00', 'opérateur u-42', 'Retour R1 clôturé.'],
      ['11 mars 2025, 09:00', 'ERP sap', 'Document ERP lié~: avoir AV-2025-0042.'],
      ['1 avr. 2025, 00:30', 'système ordokit', 'Commande clôturée.'],
    ].map((row) => row.map(nb));
    expect(entries.map((e) => [e.when, e.actor, e.text])).toEqual(expected);
  });

  it('keeps each event’s seq, type and instant', () => {
    const entries = renderTimeline(story, 'en');
    expect(entries.map((e) => [e.seq, e.type, e.at])).toEqual(
      story.map((e) => [e.seq, e.type, e.at]),
    );
  });

  it('formats entries as plain text, one line each', () => {
    const entries = renderTimeline(story.slice(0, 2), 'en');
    expect(formatTimeline(entries)).toBe(
      '1 Mar 2025, 08:30 · channel amazon · Order 405-1234567-1234567 captured from amazon (amazon.fr): 2 × Red mug, 1 × Green tea; total €64.00. Waiting for acceptance.\n' +
        '1 Mar 2025, 08:45 · operator u-42 · Order accepted.',
    );
    expect(formatTimeline([])).toBe('');
  });
});

describe('renderTimeline: sentences', () => {
  const texts = (events: readonly OrderEvent[], locale: 'en' | 'fr') =>
    renderTimeline(events, locale).map((e) => e.text);

  it('says why an order was accepted automatically (a history made by decide)', () => {
    const decided = decide(undefined, {
      type: 'capture',
      at: '2025-03-01T08:30:00Z',
      actor: amazon,
      order: OrderSchema.parse(exclusiveOrder()),
      needsAcceptance: false,
    });
    if (!decided.ok) throw new Error(decided.error.code);
    const [first, second] = renderTimeline(decided.value, 'en');
    expect(first?.text).toBe(
      'Order 405-1234567-1234567 captured from amazon (amazon.fr): 2 × Red mug, 1 × Green tea; total €64.00.',
    );
    expect(second?.actor).toBe('system ordokit');
    expect(second?.text).toBe('Order accepted automatically: the channel needs no acceptance.');
    expect(renderTimeline(decided.value, 'fr')[1]?.text).toBe(
      nb('Commande acceptée automatiquement~: le canal ne demande pas d’acceptation.'),
    );
    // An acceptance that does not follow such a capture is told plainly.
    const later = decide(undefined, {
      type: 'capture',
      at: '2025-03-01T08:30:00Z',
      actor: amazon,
      order: OrderSchema.parse(exclusiveOrder()),
      needsAcceptance: true,
    });
    if (!later.ok) throw new Error(later.error.code);
    const state = replay(later.value);
    const accepted = decide(state, {
      type: 'accept',
      at: '2025-03-01T08:40:00Z',
      actor: { kind: 'system', id: 'ordokit' },
    });
    if (!accepted.ok) throw new Error(accepted.error.code);
    expect(renderTimeline([...later.value, ...accepted.value], 'en')[1]?.text).toBe(
      'Order accepted.',
    );
  });

  it('tells refusals and cancellations with who asked and why', () => {
    const events = history(
      captured(),
      {
        type: 'order.lines_cancelled',
        at: '2025-03-01T09:00:00Z',
        actor: amazon,
        reason: 'Found it cheaper',
        data: {
          lines: [{ lineId: 'L2', quantity: 1 }],
          requestedBy: 'buyer',
          reasonCode: 'buyer_request',
        },
      },
      {
        type: 'order.lines_cancelled',
        at: '2025-03-01T09:05:00Z',
        actor: operator,
        data: {
          lines: [{ lineId: 'L1', quantity: 2 }],
          requestedBy: 'seller',
          reasonCode: 'out_of_stock',
        },
      },
      {
        type: 'order.refused',
        at: '2025-03-01T09:10:00Z',
        actor: operator,
        data: { reasonCode: 'cannot_ship' },
      },
    );
    expect(texts(events, 'en').slice(1)).toEqual([
      'Cancelled 1 × Green tea, requested by the buyer (buyer’s request). Reason: “Found it cheaper”.',
      'Cancelled 2 × Red mug, requested by the seller (out of stock).',
      'Order refused: cannot be shipped.',
    ]);
    expect(texts(events, 'fr').slice(1)).toEqual(
      [
        'Annulation de 1 × Green tea, demandée par l’acheteur (demande de l’acheteur). Motif~: «~Found it cheaper~».',
        'Annulation de 2 × Red mug, demandée par le vendeur (rupture de stock).',
        'Commande refusée~: expédition impossible.',
      ].map(nb),
    );
  });

  it('tells stacked holds, on the order and on a line, and when the flow resumes', () => {
    const events = history(
      captured(),
      {
        type: 'hold.placed',
        at: '2025-03-01T09:00:00Z',
        actor: { kind: 'rule', id: 'fraud-score' },
        data: { holdId: 'H1', reasonCode: 'suspected_fraud', scope: { kind: 'order' } },
      },
      {
        type: 'hold.placed',
        at: '2025-03-01T09:01:00Z',
        actor: wms,
        data: {
          holdId: 'H2',
          reasonCode: 'stock_discrepancy',
          scope: { kind: 'line', lineId: 'L2' },
        },
      },
      {
        type: 'hold.released',
        at: '2025-03-01T10:00:00Z',
        actor: operator,
        data: { holdId: 'H1' },
      },
      {
        type: 'hold.released',
        at: '2025-03-01T11:00:00Z',
        actor: operator,
        data: { holdId: 'H2' },
      },
      {
        type: 'hold.released',
        at: '2025-03-01T11:00:00Z',
        actor: operator,
        data: { holdId: 'H2' },
      },
    );
    expect(texts(events, 'en').slice(1)).toEqual([
      'Hold H1 placed on the order: suspected fraud.',
      'Hold H2 placed on Green tea: stock discrepancy.',
      'Hold H1 released (suspected fraud). 1 hold still active.',
      'Hold H2 released (stock discrepancy). No hold left: the flow resumes.',
      'Hold H2 released.',
    ]);
    expect(texts(events, 'fr').slice(1)).toEqual(
      [
        'Blocage H1 posé sur la commande~: suspicion de fraude.',
        'Blocage H2 posé sur Green tea~: écart de stock.',
        'Blocage H1 levé (suspicion de fraude). 1 blocage toujours actif.',
        'Blocage H2 levé (écart de stock). Plus aucun blocage~: le traitement reprend.',
        'Blocage H2 levé.',
      ].map(nb),
    );
  });

  it('counts several active holds in both languages', () => {
    const place = (holdId: string): Draft => ({
      type: 'hold.placed',
      at: '2025-03-01T09:00:00Z',
      actor: operator,
      data: { holdId, reasonCode: 'manual', scope: { kind: 'order' } },
    });
    const events = history(captured(), place('A'), place('B'), place('C'), {
      type: 'hold.released',
      at: '2025-03-01T09:30:00Z',
      actor: operator,
      data: { holdId: 'B' },
    });
    expect(texts(events, 'en')[4]).toBe('Hold B released (manual hold). 2 holds still active.');
    expect(texts(events, 'fr')[4]).toBe(
      'Blocage B levé (blocage manuel). 2 blocages toujours actifs.',
    );
  });

  it('tells split allocations, refunds of shipping and goodwill, return labels and incidents', () => {
    const events = history(
      captured(),
      {
        type: 'order.lines_allocated',
        at: '2025-03-01T09:00:00Z',
        actor: wms,
        data: {
          lines: [
            { lineId: 'L1', quantity: 2, warehouseId: 'WH1' },
            { lineId: 'L2', quantity: 1, warehouseId: 'WH2' },
          ],
        },
      },
      {
        type: 'parcel.tracking_updated',
        at: '2025-03-02T09:00:00Z',
        actor: carrier,
        data: { parcelId: 'P1', status: 'exception', incident: 'Address not found' },
      },
      {
        type: 'return.label_issued',
        at: '2025-03-03T09:00:00Z',
        actor: operator,
        data: {
          rmaId: 'R1',
          tracking: { number: '8R0001', carrierCode: 'colissimo', url: 'https://t.example/8R0001' },
        },
      },
      {
        type: 'return.label_issued',
        at: '2025-03-03T09:00:00Z',
        actor: operator,
        data: { rmaId: 'R2' },
      },
      {
        type: 'refund.issued',
        at: '2025-03-04T09:00:00Z',
        actor: operator,
        data: {
          refundId: 'RF2',
          amount: eur('1234.50'),
          lines: [
            { lineId: 'L2', quantity: 0, amount: eur('1225.00') },
            { lineId: 'L1', quantity: 1, amount: eur('4.50') },
          ],
          shipping: eur('5.00'),
        },
      },
      {
        type: 'note.added',
        at: '2025-03-04T10:00:00Z',
        actor: operator,
        data: { text: 'Gift: no invoice in the box' },
      },
      {
        type: 'return.refused',
        at: '2025-03-04T11:00:00Z',
        actor: operator,
        data: { rmaId: 'R2' },
      },
      {
        type: 'return.inspected',
        at: '2025-03-04T12:00:00Z',
        actor: wms,
        data: { rmaId: 'R1', outcome: 'restock' },
      },
      {
        type: 'return.resolved',
        at: '2025-03-04T12:00:00Z',
        actor: operator,
        data: { rmaId: 'R1', resolution: 'reject' },
      },
      {
        type: 'erp.document_linked',
        at: '2025-03-04T12:00:00Z',
        actor: { kind: 'erp', id: 'sap' },
        data: { kind: 'invoice', number: 'FA-2025-0107' },
      },
      { type: 'order.preparation_started', at: '2025-03-04T12:00:00Z', actor: wms, data: {} },
    );
    expect(texts(events, 'en').slice(1)).toEqual([
      'Stock allocated: 2 × Red mug (WH1), 1 × Green tea (WH2).',
      'Tracking of parcel P1: incident; incident: “Address not found”.',
      'Return label sent for R1: colissimo, tracking number 8R0001 (https://t.example/8R0001).',
      'Return instructions sent for R2.',
      'Refund RF2 issued: €1,234.50 (Green tea: €1,225.00; 1 × Red mug: €4.50; shipping: €5.00).',
      'Note: “Gift: no invoice in the box”.',
      'Return R2 refused.',
      'Return R1 inspected: back in stock.',
      'Return R1 resolved: return rejected.',
      'ERP document linked: invoice FA-2025-0107.',
      'Preparation started.',
    ]);
    // French groups thousands with a narrow no-break space (U+202F).
    expect(texts(events, 'fr').slice(1)).toEqual(
      [
        'Stock réservé~: 2 × Red mug (WH1), 1 × Green tea (WH2).',
        'Suivi du colis P1~: incident~; incident~: «~Address not found~».',
        'Étiquette de retour envoyée pour R1~: colissimo, numéro de suivi 8R0001 (https://t.example/8R0001).',
        'Instructions de retour envoyées pour R2.',
        'Remboursement RF2 émis~: 1\u202f234,50~€ (Green tea~: 1\u202f225,00~€~; 1 × Red mug~: 4,50~€~; livraison~: 5,00~€).',
        'Note~: «~Gift: no invoice in the box~».',
        'Retour R2 refusé.',
        'Retour R1 inspecté~: remis en stock.',
        'Retour R1 résolu~: retour rejeté.',
        'Document ERP lié~: facture FA-2025-0107.',
        'Préparation lancée.',
      ].map(nb),
    );
  });

  it('names lines by id when the history does not start with the capture', () => {
    const events = history(
      {
        type: 'parcel.created',
        at: '2025-03-01T09:00:00Z',
        actor: wms,
        data: { parcelId: '__proto__', lines: [{ lineId: 'constructor', quantity: 3 }] },
      },
      {
        type: 'parcel.delivered',
        at: '2025-03-01T09:00:00Z',
        actor: carrier,
        data: { parcelId: '__proto__' },
      },
      {
        type: 'parcel.delivered',
        at: '2025-03-01T09:00:00Z',
        actor: carrier,
        data: { parcelId: 'P9' },
      },
      {
        type: 'hold.released',
        at: '2025-03-01T09:00:00Z',
        actor: operator,
        data: { holdId: 'toString' },
      },
    );
    expect(texts(events, 'en')).toEqual([
      'Parcel __proto__ created: 3 × line constructor.',
      'Parcel __proto__ delivered: 3 × line constructor.',
      'Parcel P9 delivered.',
      'Hold toString released.',
    ]);
    expect(texts(events, 'fr')).toEqual(
      [
        'Colis __proto__ créé~: 3 × ligne constructor.',
        'Colis __proto__ livré~: 3 × ligne constructor.',
        'Colis P9 livré.',
        'Blocage toString levé.',
      ].map(nb),
    );
  });

  it('lists five lines in full, then counts the others', () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ lineId: `L${i + 1}`, quantity: 1 }));
    const cancel = (n: number): Draft => ({
      type: 'order.lines_cancelled',
      at: '2025-03-01T09:00:00Z',
      actor: amazon,
      data: { lines: lines(n), requestedBy: 'channel', reasonCode: 'channel_cancelled' },
    });
    const events = history(cancel(7), cancel(6));
    expect(texts(events, 'en')).toEqual([
      'Cancelled 1 × line L1, 1 × line L2, 1 × line L3, 1 × line L4, 1 × line L5 and 2 more lines, requested by the channel (cancelled by the channel).',
      'Cancelled 1 × line L1, 1 × line L2, 1 × line L3, 1 × line L4, 1 × line L5 and 1 more line, requested by the channel (cancelled by the channel).',
    ]);
    expect(texts(events, 'fr')).toEqual([
      'Annulation de 1 × ligne L1, 1 × ligne L2, 1 × ligne L3, 1 × ligne L4, 1 × ligne L5 et 2 autres lignes, demandée par le canal (annulée par le canal).',
      'Annulation de 1 × ligne L1, 1 × ligne L2, 1 × ligne L3, 1 × ligne L4, 1 × ligne L5 et 1 autre ligne, demandée par le canal (annulée par le canal).',
    ]);
  });
});

describe('renderTimeline: every enum value has its own words', () => {
  const one = (draft: Omit<Draft, 'at' | 'actor'>, actor: Actor = operator): string[] => {
    const events = history({ ...draft, at: '2025-03-01T09:00:00Z', actor });
    return (['en', 'fr'] as const).flatMap((locale) =>
      renderTimeline(events, locale).map((e) => `${e.actor}|${e.text}`),
    );
  };
  const distinct = (variants: readonly string[][]) => {
    for (const i of [0, 1]) {
      const texts = variants.map((v) => v[i]);
      expect(new Set(texts).size).toBe(variants.length);
    }
  };

  it.each([
    [
      'hold reasons',
      holdReasons.map((reasonCode) =>
        one({ type: 'hold.placed', data: { holdId: 'H', reasonCode, scope: { kind: 'order' } } }),
      ),
    ],
    [
      'parcel statuses',
      parcelStatuses.map((status) =>
        one({ type: 'parcel.tracking_updated', data: { parcelId: 'P', status } }),
      ),
    ],
    [
      'return reasons',
      returnReasons.map((reason) =>
        one({
          type: 'return.requested',
          data: { rmaId: 'R', lines: [{ lineId: 'L', quantity: 1, reason }] },
        }),
      ),
    ],
    [
      'refusal reasons',
      (['out_of_stock', 'price_error', 'fraud', 'cannot_ship', 'other'] as const).map(
        (reasonCode) => one({ type: 'order.refused', data: { reasonCode } }),
      ),
    ],
    [
      'cancel reasons',
      (
        [
          'buyer_request',
          'out_of_stock',
          'channel_cancelled',
          'fraud',
          'address_unserviceable',
          'other',
        ] as const
      ).map((reasonCode) =>
        one({
          type: 'order.lines_cancelled',
          data: { lines: [{ lineId: 'L', quantity: 1 }], requestedBy: 'buyer', reasonCode },
        }),
      ),
    ],
    [
      'cancel requesters',
      (['buyer', 'seller', 'channel'] as const).map((requestedBy) =>
        one({
          type: 'order.lines_cancelled',
          data: { lines: [{ lineId: 'L', quantity: 1 }], requestedBy, reasonCode: 'other' },
        }),
      ),
    ],
    [
      'inspection outcomes',
      (['restock', 'repair', 'scrap'] as const).map((outcome) =>
        one({ type: 'return.inspected', data: { rmaId: 'R', outcome } }),
      ),
    ],
    [
      'return resolutions',
      (['refund', 'exchange', 'repair', 'reject'] as const).map((resolution) =>
        one({ type: 'return.resolved', data: { rmaId: 'R', resolution } }),
      ),
    ],
    [
      'ERP document kinds',
      (['sale', 'delivery_note', 'invoice', 'credit_note'] as const).map((kind) =>
        one({ type: 'erp.document_linked', data: { kind, number: 'N1' } }),
      ),
    ],
    [
      'actor kinds',
      actorKinds.map((kind) => one({ type: 'order.accepted', data: {} }, { kind, id: 'x' })),
    ],
  ])('%s', (_, variants) => {
    distinct(variants);
    // No raw code (snake_case) leaks into the story.
    for (const text of variants.flat()) expect(text).not.toMatch(/[a-z]_[a-z]/);
  });
});

describe('renderTimeline: options', () => {
  it('writes dates with the pattern and zone asked for, across a DST change', () => {
    const entries = renderTimeline(story, 'en', {
      timeZone: 'America/New_York',
      dateFormat: 'yyyy-MM-dd HH:mm xxx',
    });
    expect(entries[0]?.when).toBe('2025-03-01 03:30 -05:00');
    // 31 March: New York is on summer time since 9 March.
    expect(entries.at(-1)?.when).toBe('2025-03-31 18:30 -04:00');
  });

  it('reads instants with offsets and fractions of a second', () => {
    const events = history({ ...captured(), at: '2025-03-01T23:59:59.999999-02:30' });
    expect(renderTimeline(events, 'fr', { timeZone: 'Asia/Kolkata' })[0]?.when).toBe(
      '2 mars 2025, 07:59',
    );
  });

  it('throws a RangeError for an unknown time zone or a malformed pattern, even with no event', () => {
    expect(() => renderTimeline([], 'en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => renderTimeline(story, 'en', { dateFormat: 'yyyy-MM-dd ff' })).toThrow(RangeError);
    expect(renderTimeline([], 'fr')).toEqual([]);
  });
});
