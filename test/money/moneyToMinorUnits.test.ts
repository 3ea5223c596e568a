import { describe, expect, it } from 'vitest';
import { money, moneyToMinorUnits } from '../../src/index.js';

describe('moneyToMinorUnits', () => {
  it('multiplies by the ISO minor unit', () => {
    expect(moneyToMinorUnits(money('12.50', 'EUR'))).toBe(1250n);
    expect(moneyToMinorUnits(money('1250', 'JPY'))).toBe(1250n);
    expect(moneyToMinorUnits(money('1.250', 'KWD'))).toBe(1250n);
    expect(moneyToMinorUnits(money('12.5', 'HUF'))).toBe(1250n);
    expect(moneyToMinorUnits(money('-0.01', 'EUR'))).toBe(-1n);
    expect(moneyToMinorUnits(money('999999999999999.99', 'EUR'))).toBe(99999999999999999n);
  });

  it('rounds extra decimals, half_even by default', () => {
    expect(moneyToMinorUnits(money('0.125', 'EUR'))).toBe(12n);
    expect(moneyToMinorUnits(money('0.135', 'EUR'))).toBe(14n);
    expect(moneyToMinorUnits(money('0.125', 'EUR'), 'half_up')).toBe(13n);
    expect(moneyToMinorUnits(money('1.2345', 'KWD'), 'half_up')).toBe(1235n);
    expect(moneyToMinorUnits(money('-0.001', 'EUR'), 'floor')).toBe(-1n);
    expect(moneyToMinorUnits(money('-0.001', 'EUR'))).toBe(0n);
    expect(moneyToMinorUnits(money('0.5', 'JPY'))).toBe(0n);
  });
});
