// Renders line values and periods for people to read, in their locale.
import type { ValueFormat } from './types';

export interface FormatOptions {
  /** ISO currency code, required for 'currency'. */
  currency?: string;
  locale: string;
  /** More digits, for formulas a reader may want to check by hand. */
  precise?: boolean;
}

const MILLION = 1_000_000;

// Building an Intl formatter loads locale data and costs far more than formatting with it (the
// sidebar formats a hundred values as it mounts), so each locale + options pair is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function formatCurrency(value: number, currency: string, locale: string, precise: boolean): string {
  // Pay-sized amounts read best in full; company-sized amounts compact ("$638B").
  if (precise && Math.abs(value) < MILLION) {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  }
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: precise ? 5 : 3,
  }).format(value);
}

// Small multiples keep a decimal ("3.4×"); large ones do not need it ("1,234×").
function formatMultiple(value: number, locale: string, precise: boolean): string {
  const options = precise
    ? { maximumFractionDigits: 2 }
    : { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0, minimumFractionDigits: Math.abs(value) < 10 ? 1 : 0 };
  return `${numberFormat(locale, options).format(value)}×`;
}

// A count of people is a whole number; what it counts (jobs cut, employees) is said by its label,
// in the reader's language, so the number carries no word of its own.
function formatPeople(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** Percentages are fractions (0.489 → "48.9%"). */
export function formatValue(value: number, format: ValueFormat, opts: FormatOptions): string {
  const precise = opts.precise ?? false;
  switch (format) {
    case 'currency':
      return opts.currency
        ? formatCurrency(value, opts.currency, opts.locale, precise)
        : formatValue(value, 'number', opts);
    case 'percent': {
      const digits = precise ? 2 : 1;
      return numberFormat(opts.locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    }
    case 'multiple':
      return formatMultiple(value, opts.locale, precise);
    case 'people':
      return formatPeople(value, opts.locale);
    case 'number':
      return numberFormat(opts.locale, { maximumFractionDigits: precise ? 2 : 1 }).format(value);
  }
}

const QUARTER_OR_HALF = /^(FY)?(\d{4})-([QH]\d)$/;
const NINE_MONTHS = /^(FY)?(\d{4})-9M$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-Q2" → "Q2 2025", "FY2025-9M" → "9 months of FY2025", "2023-04" → "Apr 2023"; fiscal years stay "FY2024". */
export function formatPeriod(period: string, locale: string): string {
  const part = QUARTER_OR_HALF.exec(period);
  if (part) return `${part[3]} ${part[1] ?? ''}${part[2]}`;
  const nine = NINE_MONTHS.exec(period);
  if (nine) return `9 months of ${nine[1] ?? ''}${nine[2]}`;
  const month = YEAR_MONTH.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const day = ISO_DATE.exec(period);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  return period;
}
