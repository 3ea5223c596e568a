// An order's life through decide / apply: the host sends commands (with the time from its clock
// and who acts), ordokit checks them against the lifecycle and returns events to store. The
// state is the events replayed; the timeline is the story a support agent reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  apply,
  decide,
  deriveOrderProgress,
  formatError,
  formatTimeline,
  parseOrder,
  renderTimeline,
  replay,
  type Actor,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from 'ordokit';

const payload: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, 'orders/amazon-fr-accepted.json'), 'utf8'),
);
const parsed = parseOrder(payload);
if (!parsed.ok) throw new Error('the sample order must be valid');
const order = parsed.value;

const channel: Actor = { kind: 'channel', id: 'amazon' };
const wms: Actor = { kind: 'wms', id: 'wms-lyon' };
const operator: Actor = { kind: 'user', id: 'claire' };
const carrier: Actor = { kind: 'carrier', id: 'colissimo' };

let state: OrderState | undefined;
const log: OrderEvent[] = [];

/** Decides a command; on success applies and stores its events, else prints the refusal. */
function send(command: OrderCommand): void {
  const decided = decide(state, command);
  if (!decided.ok) {
    console.log(`refused ${command.type}: ${decided.error.code}`);
    console.log(`  ${formatError(decided.error, 'fr')}`);
    return;
  }
  for (const event of decided.value) state = apply(state, event);
  log.push(...decided.value);
}

const all = order.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered }));
send({
  type: 'capture',
  at: '2026-11-26T09:15:00Z',
  actor: channel,
  order,
  needsAcceptance: false,
});
send({
  type: 'placeHold',
  at: '2026-11-26T09:16:00Z',
  actor: operator,
  holdId: 'H1',
  reasonCode: 'high_value_needs_approval',
  scope: { kind: 'order' },
  note: 'Premier achat au-dessus de 80 €',
  nextAction: 'Vérifier le paiement',
});
// While held, automated decisions are refused with a typed error…
send({ type: 'startPreparation', at: '2026-11-26T09:20:00Z', actor: wms, warehouseId: 'LYON' });
// …and releasing the last hold resumes exactly where the flow stopped.
send({ type: 'releaseHold', at: '2026-11-26T10:02:00Z', actor: operator, holdId: 'H1' });
send({ type: 'startPreparation', at: '2026-11-26T10:05:00Z', actor: wms, warehouseId: 'LYON' });
send({
  type: 'allocateLines',
  at: '2026-11-26T10:05:30Z',
  actor: wms,
  lines: all.map((l) => ({ ...l, warehouseId: 'LYON' })),
});
send({ type: 'createParcel', at: '2026-11-26T14:40:00Z', actor: wms, parcelId: 'P1', lines: all });
// No skipped step: a parcel cannot be delivered before it is shipped.
send({ type: 'deliverParcel', at: '2026-11-26T14:41:00Z', actor: carrier, parcelId: 'P1' });
send({
  type: 'shipParcel',
  at: '2026-11-26T16:30:00Z',
  actor: wms,
  parcelId: 'P1',
  carrier: { code: 'colissimo', service: 'DOM' },
  tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
});
send({ type: 'deliverParcel', at: '2026-11-27T11:12:00Z', actor: carrier, parcelId: 'P1' });

if (state === undefined) throw new Error('nothing was captured');
console.log(`status: ${state.status}, version ${String(state.version)}`);
console.log(`progress: ${JSON.stringify(deriveOrderProgress(state).flags)}`);
// Events are the truth: replaying them gives the same state.
console.log(
  `replay equals live state: ${String(JSON.stringify(replay(log)) === JSON.stringify(state))}`,
);
console.log(formatTimeline(renderTimeline(log, 'fr', { timeZone: 'Europe/Paris' })));
