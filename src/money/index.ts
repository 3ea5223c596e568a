export { getCurrency, isCurrencyCode, currencyCodes } from './currencies.js';
export type { CurrencyCode, CurrencyInfo } from './currencies.js';
export type { Money, DecimalInput, RoundingMode } from './types.js';
export type {
  MoneyError,
  MoneyAmountInvalid,
  AmountInvalidReason,
  MoneyAmountOutOfRange,
  MoneyCurrencyUnknown,
  MoneyCurrencyMismatch,
  MoneyMinorUnitsInvalid,
  MoneyFractionDigitsInvalid,
  MoneyRoundingModeInvalid,
  MoneyAllocationInvalid,
  AllocationInvalidReason,
} from './errors.js';
export { moneyMessages } from './messages.js';
export { moneyLimits } from './limits.js';
export { CurrencyCodeSchema, DecimalStringSchema, MoneyJsonSchema } from './schema.js';
export type { MoneyJson } from './schema.js';
export { money } from './money.js';
export { parseMoney } from './parseMoney.js';
export { parseMoneyJson } from './parseMoneyJson.js';
export { moneyFromMinorUnits } from './moneyFromMinorUnits.js';
export { moneyToMinorUnits } from './moneyToMinorUnits.js';
export { moneyToJSON } from './moneyToJSON.js';
export { zeroMoney } from './zeroMoney.js';
export { addMoney } from './addMoney.js';
export { subtractMoney } from './subtractMoney.js';
export { sumMoney } from './sumMoney.js';
export { multiplyMoney } from './multiplyMoney.js';
export { negateMoney } from './negateMoney.js';
export { compareMoney } from './compareMoney.js';
export { equalsMoney } from './equalsMoney.js';
export { isZeroMoney } from './isZeroMoney.js';
export { isNegativeMoney } from './isNegativeMoney.js';
export { roundMoney } from './roundMoney.js';
export { allocateMoney } from './allocateMoney.js';
export type { AllocateMoneyOptions } from './allocateMoney.js';
export { formatMoney } from './formatMoney.js';
export type { FormatMoneyOptions } from './formatMoney.js';
