import {
  holdReasons,
  type Actor,
  type OrderCommand,
  type OrderLine,
  type OrderState,
  type ParcelState,
} from '../order/index.js';
import type { ParcelStatus } from '../parcel/index.js';
import { refundCommand, rmaSteps } from './lifecycleAfterSales.js';
import type { Base, Draw } from './lifecycleDraw.js';

/** The parcel table's shape this module needs (the order module's `parcelTransitions`). */
interface ParcelTable {
  readonly finals: ReadonlySet<ParcelStatus>;
  readonly transitions: readonly { readonly source: ParcelStatus; readonly target: ParcelStatus }[];
}

const actors: Readonly<Record<string, Actor>> = {
  user: { kind: 'user', id: 'operator-1' },
  wms: { kind: 'wms', id: 'wms-1' },
  carrier: { kind: 'carrier', id: 'carrier-1' },
  channel: { kind: 'channel', id: 'marketplace' },
  rule: { kind: 'rule', id: 'auto-rules' },
  erp: { kind: 'erp', id: 'erp-1' },
};

function entries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record);
}

/** Units of each line packed in parcels. */
function packed(state: OrderState, lineId: string): number {
  let n = 0;
  for (const [, p] of entries(state.parcels)) {
    for (const l of p.lines) if (l.lineId === lineId) n += l.quantity;
  }
  return n;
}

/** Units of a line asked back in returns still open and not received. */
function pending(state: OrderState, lineId: string): number {
  let n = 0;
  for (const [, r] of entries(state.rmas)) {
    if (r.status === 'refused' || r.status === 'resolved' || r.status === 'closed') continue;
    for (const l of r.lines) if (l.lineId === lineId) n += l.quantity;
    for (const l of r.received) if (l.lineId === lineId) n -= l.quantity;
  }
  return n;
}

/** Picks some lines with a positive room and a quantity from 1 to that room for each. */
function pickUnits(
  lines: readonly OrderLine[],
  room: (line: OrderLine) => number,
  draw: Draw,
): { lineId: string; quantity: number }[] {
  const open = lines.filter((l) => room(l) > 0);
  const chosen = open.filter((_, i) => i === 0 || draw.pick(2) === 1);
  return chosen.map((l) => ({ lineId: l.lineId, quantity: 1 + draw.pick(room(l)) }));
}

function parcelSteps(
  id: string,
  parcel: ParcelState,
  draw: Draw,
  base: Base,
  table: ParcelTable,
): OrderCommand[] {
  if (parcel.tracking === undefined) {
    return [
      {
        ...base,
        type: 'shipParcel',
        parcelId: id,
        carrier: { code: 'colissimo', service: 'DOM' },
        tracking: { number: `TRK${id.replace(/[^0-9A-Za-z-]/g, '')}`, carrierCode: 'colissimo' },
      },
    ];
  }
  if (table.finals.has(parcel.status)) return [];
  const moves = table.transitions.filter((t) => t.source === parcel.status).map((t) => t.target);
  const to = moves[draw.pick(moves.length)];
  const steps: OrderCommand[] = [{ ...base, type: 'deliverParcel', parcelId: id }];
  if (to !== undefined && draw.pick(2) === 0) {
    steps.unshift({
      ...base,
      type: 'updateTracking',
      parcelId: id,
      status: to,
      carrierStatus: 'scan',
    });
  }
  return steps;
}

/**
 * Proposes commands that make sense in `state`, the drawn one first and the others after it
 * (the caller keeps the first that `decide` accepts).
 */
export function proposeCommands(
  state: OrderState,
  draw: Draw,
  at: string,
  table: ParcelTable,
): OrderCommand[] {
  const names = Object.keys(actors);
  const actor =
    actors[names[draw.pick(4) === 0 ? 0 : 1 + draw.pick(names.length - 1)] ?? 'user'] ??
    actors.user;
  const base: Base = { at, actor: actor ?? { kind: 'user', id: 'operator-1' } };
  const lines = state.order.lines;
  const s = state.status;
  const out: OrderCommand[] = [];
  const preparing = s === 'accepted' || s === 'in_preparation';
  if (s === 'created') out.push({ ...base, type: 'accept' });
  if (s === 'created' && draw.pick(8) === 0)
    out.push({ ...base, type: 'refuse', reasonCode: 'out_of_stock' });
  if (s === 'accepted') out.push({ ...base, type: 'startPreparation', warehouseId: 'WH1' });
  const toAllocate = pickUnits(
    lines,
    (l) => l.quantities.ordered - l.quantities.cancelled - l.quantities.allocated,
    draw,
  );
  if (preparing && toAllocate.length > 0) {
    out.push({
      ...base,
      type: 'allocateLines',
      lines: toAllocate.map((l) => ({ ...l, warehouseId: 'WH1' })),
    });
  }
  const toPack = pickUnits(lines, (l) => l.quantities.allocated - packed(state, l.lineId), draw);
  // A stock count found allocated units missing in WH1: they move to WH2 (the order's state
  // does not say which warehouse holds which units, so this is the one move proposed).
  if (preparing && toPack.length > 0 && draw.pick(4) === 0) {
    out.push({
      ...base,
      type: 'reallocateLines',
      lines: toPack.map((l) => ({ ...l, fromWarehouseId: 'WH1', toWarehouseId: 'WH2' })),
    });
  }
  if (s === 'in_preparation' && toPack.length > 0) {
    const parcelId = `P${String(Object.keys(state.parcels).length + 1)}`;
    out.push({ ...base, type: 'createParcel', parcelId, lines: toPack, warehouseId: 'WH1' });
  }
  for (const [id, parcel] of entries(state.parcels))
    out.push(...parcelSteps(id, parcel, draw, base, table));
  const toCancel = pickUnits(
    lines,
    (l) => l.quantities.ordered - l.quantities.cancelled - packed(state, l.lineId),
    draw,
  );
  if ((s === 'created' || preparing) && toCancel.length > 0 && draw.pick(3) === 0) {
    const requestedBy = (['buyer', 'seller', 'channel'] as const)[draw.pick(3)] ?? 'buyer';
    out.push({
      ...base,
      type: 'cancelLines',
      lines: toCancel,
      requestedBy,
      reasonCode: 'buyer_request',
    });
  }
  const toReturn = pickUnits(
    lines,
    (l) => l.quantities.delivered - l.quantities.returned - pending(state, l.lineId),
    draw,
  );
  if (toReturn.length > 0 && draw.pick(2) === 0) {
    const rmaId = `R${String(Object.keys(state.rmas).length + 1)}`;
    out.push({
      ...base,
      type: 'requestReturn',
      rmaId,
      lines: toReturn.map((l) => ({ ...l, reason: 'changed_mind' })),
    });
  }
  for (const [id, rma] of entries(state.rmas)) out.push(...rmaSteps(id, rma, draw, base));
  if (draw.pick(4) === 0) {
    const refund = refundCommand(state, draw, base);
    if (refund !== undefined) out.push(refund);
  }
  if (s === 'delivered') out.push({ ...base, type: 'close' });
  const hold = state.holds[draw.pick(Math.max(1, state.holds.length))];
  if (hold !== undefined && draw.pick(2) === 0)
    out.push({ ...base, type: 'releaseHold', holdId: hold.holdId });
  if (draw.pick(6) === 0) {
    const line = lines[draw.pick(lines.length)];
    const onLine = line !== undefined && draw.pick(2) === 0;
    out.push({
      ...base,
      type: 'placeHold',
      holdId: `H${String(state.version)}`,
      reasonCode: holdReasons[draw.pick(holdReasons.length)] ?? 'manual',
      scope: onLine ? { kind: 'line', lineId: line.lineId } : { kind: 'order' },
      note: 'check before going on',
    });
  }
  const extra = draw.pick(12);
  if (extra === 0) out.push({ ...base, type: 'addNote', text: 'buyer called' });
  if (extra === 1)
    out.push({
      ...base,
      type: 'linkErpDocument',
      kind: 'invoice',
      number: `INV-${String(state.version)}`,
    });
  if (extra === 2)
    out.push({ ...base, type: 'observeChannelStatus', channel: 'amazon', status: 'Unshipped' });
  if (out.length === 0) return out;
  const first = draw.pick(out.length);
  return [...out.slice(first), ...out.slice(0, first)];
}
