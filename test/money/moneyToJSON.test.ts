import { describe, expect, it } from 'vitest';
import { money, moneyToJSON, multiplyMoney, MoneyJsonSchema } from '../../src/index.js';

describe('moneyToJSON', () => {
  it('pads to the minor units and keeps extra decimals', () => {
    expect(moneyToJSON(money('12.5', 'EUR'))).toEqual({ amount: '12.50', currency: 'EUR' });
    expect(moneyToJSON(money('0.125', 'EUR'))).toEqual({ amount: '0.125', currency: 'EUR' });
    expect(moneyToJSON(money('1250', 'JPY'))).toEqual({ amount: '1250', currency: 'JPY' });
    expect(moneyToJSON(money('1.2', 'KWD'))).toEqual({ amount: '1.200', currency: 'KWD' });
    expect(moneyToJSON(money('-3', 'HUF'))).toEqual({ amount: '-3.00', currency: 'HUF' });
  });

  it('never uses exponent notation', () => {
    expect(moneyToJSON(money('0.00000001', 'EUR')).amount).toBe('0.00000001');
    const big = multiplyMoney(money('999999999999999', 'EUR'), '1000000000000');
    expect(moneyToJSON(big).amount).toBe('999999999999999000000000000.00');
  });

  it('produces values the schema accepts', () => {
    expect(MoneyJsonSchema.safeParse(moneyToJSON(money('12.5', 'EUR'))).success).toBe(true);
  });
});
