import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  formatSignedPercent,
} from './format';

const THIN = '\u202f';

describe('formatMoney', () => {
  it('writes tenge with thin no-break spaces in Kazakh and Russian', () => {
    expect(formatMoney(1234567, 'kk')).toBe(`1${THIN}234${THIN}567${THIN}₸`);
    expect(formatMoney(1234567, 'ru')).toBe(`1${THIN}234${THIN}567${THIN}₸`);
  });
  it('follows the English convention in English', () => {
    expect(formatMoney(1234567, 'en')).toBe('₸1,234,567');
  });
  it('rounds to whole tenge and keeps the sign of an underpayment', () => {
    expect(formatMoney(-1500.6, 'ru')).toMatch(/^-1\u202f501\u202f₸$/);
  });
  it('abbreviates chart axes in each language', () => {
    expect(formatMoneyCompact(1_500_000, 'kk')).toBe(`1,5${THIN}млн${THIN}₸`);
    expect(formatMoneyCompact(300_000, 'kk')).toBe(`300${THIN}мың${THIN}₸`);
    expect(formatMoneyCompact(1_500_000, 'en')).toBe('₸1.5m');
  });
  it('prints a dash for missing amounts', () => {
    expect(formatMoney(null, 'kk')).toBe('—');
  });
});

describe('numbers, percents and dates', () => {
  it('groups numbers by locale', () => {
    expect(formatNumber(12345, 'ru')).toBe(`12${THIN}345`);
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });
  it('formats percent values', () => {
    expect(formatPercent(80.3, 'en')).toBe('80.3%');
    expect(formatPercent(80.3, 'ru')).toBe(`80,3${THIN}%`);
    expect(formatSignedPercent(12.5, 'en')).toBe('+12.5%');
  });
  it('formats registry dates without a time-zone shift', () => {
    expect(formatDate('2025-03-04', 'en')).toBe('4 Mar 2025');
    expect(formatDate('2025-03-04', 'ru')).toContain('2025');
    expect(formatDate(null, 'ru')).toBe('—');
    expect(formatDate('2025-03-04', 'kk')).toBe('04.03.2025');
    expect(formatDateTime('2025-03-04T10:05:00Z', 'kk')).toBe('04.03.2025 10:05');
  });
});
