import { expectTypeOf, test } from 'vitest';
import {
  addMoney,
  compareMoney,
  money,
  subtractMoney,
  sumMoney,
  type Money,
} from '../../src/index.js';

test('mixing literal currencies is a compile error', () => {
  const eur = money('1', 'EUR');
  const gbp = money('1', 'GBP');
  expectTypeOf(eur).toEqualTypeOf<Money<'EUR'>>();
  expectTypeOf(addMoney(eur, eur)).toEqualTypeOf<Money<'EUR'>>();
  // @ts-expect-error EUR and GBP cannot be added
  addMoney(eur, gbp);
  // @ts-expect-error EUR and GBP cannot be subtracted
  subtractMoney(eur, gbp);
  // @ts-expect-error EUR and GBP cannot be compared
  compareMoney(eur, gbp);
  expectTypeOf(sumMoney([eur, eur], 'EUR')).toEqualTypeOf<Money<'EUR'>>();
});

test('amounts of unknown currency still combine (checked at run time)', () => {
  const a: Money = money('1', 'EUR');
  const b: Money = money('1', 'GBP');
  expectTypeOf(addMoney(a, b)).toEqualTypeOf<Money>();
});
