import { describe, expect, test } from 'vitest';
import { formatIsoDate } from '../../src/lib/dates';
import { comparatorWords, formatFactValue, formatNumber, formatPercent, formatQuantity, formatYear } from '../../src/lib/format';

describe('formatNumber', () => {
  test('comma thousands separators, a dot for decimals, no rounding by default', () => {
    expect(formatNumber(390000)).toBe('390,000');
    expect(formatNumber(44000000)).toBe('44,000,000');
    expect(formatNumber(69.2)).toBe('69.2');
    expect(formatNumber(0.0045)).toBe('0.0045');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
  });

  test('negative numbers use a true minus sign; negative zero prints as 0', () => {
    expect(formatNumber(-12000)).toBe('\u221212,000');
    expect(formatNumber(-0.0001, { maximumFractionDigits: 2 })).toBe('0');
  });

  test('rounding and fixed decimals on request', () => {
    expect(formatNumber(67.8234, { maximumFractionDigits: 1 })).toBe('67.8');
    expect(formatNumber(5, { fractionDigits: 1 })).toBe('5.0');
    expect(formatNumber(1234.5, { group: false })).toBe('1234.5');
  });

  test('refuses non-finite numbers instead of printing NaN', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/finite/);
  });
});

describe('percentages, years, quantities', () => {
  test('percent values are already in percent', () => {
    expect(formatPercent(69.2)).toBe('69.2%');
    expect(formatPercent(70)).toBe('70%');
  });

  test('years are never grouped', () => {
    expect(formatYear(2024)).toBe('2024');
  });

  test('tonnes: Mt from one million up, with or without the qualifier', () => {
    expect(formatQuantity(390000, 't REO')).toBe('390,000 t REO');
    expect(formatQuantity(44000000, 't REO')).toBe('44 Mt REO');
    expect(formatQuantity(44000000, 't REO', { unit: 'short' })).toBe('44 Mt');
    expect(formatQuantity(44000000, 't REO', { unit: 'none' })).toBe('44');
    expect(formatQuantity(5700000, 't REO', { scale: 'Mt', unit: 'short' })).toBe('5.7 Mt');
    expect(formatQuantity(4500, 't', { scale: 'Mt' })).toBe('0.0045 Mt');
    expect(formatQuantity(935400, 't', { scale: 'kt' })).toBe('935.4 kt');
    expect(formatQuantity(44000000, 't REO', { scale: 'none' })).toBe('44,000,000 t REO');
    expect(formatQuantity(93000, 't')).toBe('93,000 t');
  });

  test('money, rates and counts read naturally', () => {
    expect(formatQuantity(260, 'million USD')).toBe('USD 260 million');
    expect(formatQuantity(1.1, 'billion USD')).toBe('USD 1.1 billion');
    expect(formatQuantity(12, 'billion EUR')).toBe('EUR 12 billion');
    expect(formatQuantity(110, 'USD/kg')).toBe('USD 110/kg');
    expect(formatQuantity(700, 'g/t')).toBe('700 g/t');
    expect(formatQuantity(15, 'deposits')).toBe('15 deposits');
    expect(formatQuantity(15, 'deposits', { unit: 'none' })).toBe('15');
  });

  test('facts with a comparator say so in words', () => {
    expect(comparatorWords('>')).toBe('more than');
    expect(formatFactValue({ value: 90000000, comparator: '>', unit: 't REO' })).toBe('more than 90 Mt REO');
    expect(formatFactValue({ value: 48.9, comparator: '<=', unit: '%' })).toBe('at most 48.9%');
    expect(formatFactValue({ value: 700, comparator: '~', unit: 'g/t' })).toBe('about 700 g/t');
    expect(formatFactValue({ value: 69.2, comparator: '', unit: '%' })).toBe('69.2%');
  });
});

describe('formatIsoDate', () => {
  test('day, month and year precision are kept as given', () => {
    expect(formatIsoDate('2023-09-19')).toBe('19 September 2023');
    expect(formatIsoDate('2023-05')).toBe('May 2023');
    expect(formatIsoDate('2025')).toBe('2025');
    expect(formatIsoDate('2025-11-06', { short: true })).toBe('6 Nov 2025');
  });

  test('rejects malformed dates', () => {
    expect(() => formatIsoDate('19/09/2023')).toThrow(/expected YYYY/);
    expect(() => formatIsoDate('2023-13')).toThrow(/month 13/);
  });
});
