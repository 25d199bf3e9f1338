import { describe, expect, it } from 'vitest';
import { formatPeriod, formatValue } from '../../lib/math/format';

// Intl puts a no-break space between a German number and its unit.
const NBSP = '\u00a0';

describe('formatValue, en-US', () => {
  const locale = 'en-US';
  it('compacts company-sized money to three significant digits', () => {
    expect(formatValue(637_959_000_000, 'currency', { currency: 'USD', locale })).toBe('$638B');
    expect(formatValue(59_248_000_000, 'currency', { currency: 'USD', locale })).toBe('$59.2B');
    expect(formatValue(1_300_000_000, 'currency', { currency: 'EUR', locale })).toBe('€1.3B');
    expect(formatValue(37_000, 'currency', { currency: 'USD', locale })).toBe('$37K');
    expect(formatValue(-267_000_000, 'currency', { currency: 'USD', locale })).toBe('-$267M');
  });
  it('keeps more digits in precise mode, and pay-sized amounts in full', () => {
    expect(formatValue(637_959_000_000, 'currency', { currency: 'USD', locale, precise: true })).toBe('$637.96B');
    expect(formatValue(47_990, 'currency', { currency: 'USD', locale, precise: true })).toBe('$47,990');
  });
  it('writes fractions as percentages with one decimal', () => {
    expect(formatValue(0.10990892, 'percent', { locale })).toBe('11.0%');
    expect(formatValue(0.48854393, 'percent', { locale })).toBe('48.9%');
    expect(formatValue(0.48854393, 'percent', { locale, precise: true })).toBe('48.85%');
  });
  it('writes multiples with a decimal only when small', () => {
    expect(formatValue(1234.4, 'multiple', { locale })).toBe('1,234×');
    expect(formatValue(3.44, 'multiple', { locale })).toBe('3.4×');
    expect(formatValue(46.666, 'multiple', { locale, precise: true })).toBe('46.67×');
    expect(formatValue(300, 'multiple', { locale, precise: true })).toBe('300×');
  });
  it('counts people in whole numbers', () => {
    expect(formatValue(14_000, 'people', { locale })).toBe('14,000');
    expect(formatValue(1.4, 'people', { locale })).toBe('1');
  });
  it('writes plain numbers and falls back to them when a currency is missing', () => {
    expect(formatValue(1234.56, 'number', { locale })).toBe('1,234.6');
    expect(formatValue(1234.56, 'currency', { locale })).toBe('1,234.6');
  });
});

describe('formatValue, de-DE', () => {
  const locale = 'de-DE';
  it('uses German separators and unit placement', () => {
    expect(formatValue(637_959_000_000, 'currency', { currency: 'USD', locale })).toBe(`638${NBSP}Mrd.${NBSP}$`);
    expect(formatValue(59_248_000_000, 'currency', { currency: 'USD', locale })).toBe(`59,2${NBSP}Mrd.${NBSP}$`);
    expect(formatValue(1_300_000_000, 'currency', { currency: 'EUR', locale })).toBe(`1,3${NBSP}Mrd.${NBSP}€`);
    expect(formatValue(0.10990892, 'percent', { locale })).toBe(`11,0${NBSP}%`);
    expect(formatValue(1234.4, 'multiple', { locale })).toBe('1.234×');
    expect(formatValue(3.44, 'multiple', { locale })).toBe('3,4×');
    expect(formatValue(14_000, 'people', { locale })).toBe('14.000');
  });
});

describe('formatValue, Brazilian reais', () => {
  it('writes BRL with its own symbol, in English and in Brazilian Portuguese', () => {
    expect(formatValue(41_400_000_000, 'currency', { currency: 'BRL', locale: 'en-US' })).toBe('R$41.4B');
    expect(formatValue(41_400_000_000, 'currency', { currency: 'BRL', locale: 'pt-BR' })).toBe(`R$${NBSP}41,4${NBSP}bi`);
    expect(formatValue(-1_250_000_000, 'currency', { currency: 'BRL', locale: 'pt-BR' })).toBe(`-R$${NBSP}1,25${NBSP}bi`);
  });
});

describe('formatValue, Singapore, New Zealand and Taiwan dollars', () => {
  it('marks each as its own dollar, never as a bare $', () => {
    expect(formatValue(22_297_000_000, 'currency', { currency: 'SGD', locale: 'en-US' })).toBe(`SGD${NBSP}22.3B`);
    expect(formatValue(3_759_000_000, 'currency', { currency: 'NZD', locale: 'en-US' })).toBe('NZ$3.76B');
    expect(formatValue(6_860_000_000_000, 'currency', { currency: 'TWD', locale: 'en-US' })).toBe('NT$6.86T');
    expect(formatValue(22_297_000_000, 'currency', { currency: 'SGD', locale: 'de-DE' })).toBe(`22,3${NBSP}Mrd.${NBSP}SGD`);
    expect(formatValue(3_759_000_000, 'currency', { currency: 'NZD', locale: 'de-DE' })).toBe(`3,76${NBSP}Mrd.${NBSP}NZ$`);
    expect(formatValue(6_860_000_000_000, 'currency', { currency: 'TWD', locale: 'de-DE' })).toBe(`6,86${NBSP}Bio.${NBSP}NT$`);
  });
});

describe('formatPeriod', () => {
  it('keeps fiscal years and reads quarters, halves and nine months', () => {
    expect(formatPeriod('FY2024', 'en-US')).toBe('FY2024');
    expect(formatPeriod('2025-Q2', 'en-US')).toBe('Q2 2025');
    expect(formatPeriod('2024-H1', 'en-US')).toBe('H1 2024');
    expect(formatPeriod('FY2025-Q4', 'en-US')).toBe('Q4 FY2025');
    expect(formatPeriod('FY2026-9M', 'en-US')).toBe('9 months of FY2026');
  });
  it('writes months and dates in the locale', () => {
    expect(formatPeriod('2023-04', 'en-US')).toBe('Apr 2023');
    expect(formatPeriod('2025-10-28', 'en-US')).toBe('Oct 28, 2025');
    expect(formatPeriod('2025-10-28', 'de-DE')).toBe('28.10.2025');
  });
  it('leaves periods it does not recognise as they are', () => {
    expect(formatPeriod('2025-03-03 to 2025-04-30', 'en-US')).toBe('2025-03-03 to 2025-04-30');
  });
});
