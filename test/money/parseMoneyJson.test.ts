import { describe, expect, it } from 'vitest';
import { parseMoneyJson } from '../../src/index.js';

describe('parseMoneyJson', () => {
  it('reads { amount, currency } objects', () => {
    const result = parseMoneyJson({ amount: '9.90', currency: 'EUR', extra: true });
    expect(result.ok && result.value.amount.toString()).toBe('9.9');
    expect(result.ok && result.value.currency).toBe('EUR');
  });

  it('reads JSON text parsed with a number amount', () => {
    const result = parseMoneyJson(JSON.parse('{"amount":0.3,"currency":"JPY"}'));
    expect(result.ok && result.value.amount.toString()).toBe('0.3');
  });

  it('refuses non-objects', () => {
    expect(parseMoneyJson(null)).toEqual({
      ok: false,
      error: { code: 'money/amount_invalid', input: 'null', reason: 'wrong_type' },
    });
    expect(parseMoneyJson([])).toMatchObject({ ok: false, error: { input: 'array' } });
    expect(parseMoneyJson('12.50')).toMatchObject({ ok: false, error: { input: 'string' } });
  });

  it('reads own properties only', () => {
    const inherited: unknown = Object.create({ amount: '1', currency: 'EUR' });
    expect(parseMoneyJson(inherited)).toMatchObject({
      ok: false,
      error: { code: 'money/currency_unknown', currency: 'undefined' },
    });
    const polluted: unknown = JSON.parse('{"__proto__":{"currency":"EUR"},"amount":"1"}');
    expect(parseMoneyJson(polluted)).toMatchObject({
      ok: false,
      error: { code: 'money/currency_unknown' },
    });
  });

  it('does not run getters', () => {
    let ran = false;
    const withGetter: unknown = Object.defineProperty({ currency: 'EUR' }, 'amount', {
      get: () => {
        ran = true;
        return '1';
      },
      enumerable: true,
    });
    expect(parseMoneyJson(withGetter)).toMatchObject({
      ok: false,
      error: { code: 'money/amount_invalid', reason: 'wrong_type', input: 'undefined' },
    });
    expect(ran).toBe(false);
  });

  it('reports a missing amount', () => {
    expect(parseMoneyJson({ currency: 'EUR' })).toMatchObject({
      ok: false,
      error: { code: 'money/amount_invalid', reason: 'wrong_type', input: 'undefined' },
    });
  });
});

describe('parseMoneyJson: revoked proxies', () => {
  it('returns typed errors instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    // Its fields cannot be read: it has no amount and no currency.
    const result = parseMoneyJson(proxy);
    expect(!result.ok && result.error.code).toBe('money/currency_unknown');
    const amount = parseMoneyJson({ amount: proxy, currency: 'EUR' });
    expect(!amount.ok && amount.error.code).toBe('money/amount_invalid');
  });
});
