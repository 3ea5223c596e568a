import { err } from '../../../result/index.js';
import type { OrderCommandOf } from '../../commands.js';
import type { OrderState } from '../../state.js';
import { findLines } from '../aggregate/lines.js';
import { one, type Decision } from './shared.js';

type AnnotationCommand = OrderCommandOf<
  'placeHold' | 'releaseHold' | 'addNote' | 'linkErpDocument' | 'observeChannelStatus'
>;

/**
 * Annotations: holds, notes, ERP documents, channel statuses. They never change the status,
 * are allowed in every status after capture, and are never held.
 */
export function decideAnnotation(state: OrderState, c: AnnotationCommand): Decision {
  switch (c.type) {
    case 'placeHold': {
      if (state.holds.some((h) => h.holdId === c.holdId)) {
        return err({ code: 'order/id_duplicate', kind: 'hold', id: c.holdId });
      }
      if (c.scope.kind === 'line' && findLines(state.order.lines).indexOf(c.scope.lineId) < 0) {
        return err({ code: 'order/line_unknown', lineId: c.scope.lineId });
      }
      const { holdId, reasonCode, scope, note, nextAction } = c;
      return one({
        type: 'hold.placed',
        data: {
          holdId,
          reasonCode,
          scope,
          ...(note === undefined ? {} : { note }),
          ...(nextAction === undefined ? {} : { nextAction }),
        },
      });
    }
    case 'releaseHold':
      return state.holds.some((h) => h.holdId === c.holdId)
        ? one({ type: 'hold.released', data: { holdId: c.holdId } })
        : err({ code: 'order/hold_unknown', holdId: c.holdId });
    case 'addNote':
      return one({ type: 'note.added', data: { text: c.text } });
    case 'linkErpDocument':
      return one({ type: 'erp.document_linked', data: { kind: c.kind, number: c.number } });
    case 'observeChannelStatus':
      return one({
        type: 'channel.status_observed',
        data: { channel: c.channel, status: c.status },
      });
  }
}
