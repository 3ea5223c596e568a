import { describe, expect, it } from 'vitest';
import {
  hasNoOpenReturn,
  isEveryOpenUnitDelivered,
  isEveryOpenUnitShipped,
  isEveryUnitCancelled,
} from '../../src/order/machineGuards.js';
import { contexts } from './_machineContexts.js';

describe('order machine guards', () => {
  it('isEveryUnitCancelled', () => {
    expect(isEveryUnitCancelled(contexts.allCancelled)).toBe(true);
    expect(isEveryUnitCancelled(contexts.partCancelled)).toBe(false);
    expect(isEveryUnitCancelled(contexts.cancelRestShipped)).toBe(false);
    expect(isEveryUnitCancelled({ lines: [], openReturns: 0 })).toBe(true);
  });

  it('isEveryOpenUnitShipped: every unit not cancelled has shipped, and there is one', () => {
    expect(isEveryOpenUnitShipped(contexts.allShipped)).toBe(true);
    expect(isEveryOpenUnitShipped(contexts.cancelRestShipped)).toBe(true);
    expect(isEveryOpenUnitShipped(contexts.partShipped)).toBe(false);
    expect(isEveryOpenUnitShipped(contexts.allCancelled)).toBe(false);
    expect(isEveryOpenUnitShipped({ lines: [], openReturns: 0 })).toBe(false);
  });

  it('isEveryOpenUnitDelivered: every unit not cancelled was delivered, and there is one', () => {
    expect(isEveryOpenUnitDelivered(contexts.allDelivered)).toBe(true);
    expect(isEveryOpenUnitDelivered(contexts.cancelRestDelivered)).toBe(true);
    expect(isEveryOpenUnitDelivered(contexts.partDelivered)).toBe(false);
    expect(isEveryOpenUnitDelivered(contexts.partShippedDelivered)).toBe(false);
    expect(isEveryOpenUnitDelivered(contexts.allCancelled)).toBe(false);
  });

  it('hasNoOpenReturn', () => {
    expect(hasNoOpenReturn(contexts.allDelivered)).toBe(true);
    expect(hasNoOpenReturn(contexts.openReturn)).toBe(false);
  });
});
