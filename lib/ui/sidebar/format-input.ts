// A reported input carries a unit rather than a display format; this picks the format for it.
import type { Unit } from '../../data/types';
import { formatPeriod, formatValue } from '../../math/format';
import { ARTICLE_PERIOD } from '../../math/jobs';
import type { ReportedInput, ValueFormat } from '../../math/types';
import type { Translate } from '../i18n';

const FORMAT_OF_UNIT: Partial<Record<Unit, ValueFormat>> = { percent: 'percent', people: 'people', ratio: 'multiple' };

export function formatInput(input: ReportedInput, locale: string): string {
  const format = FORMAT_OF_UNIT[input.unit] ?? 'currency';
  // A figure in percent is stored as a percentage (11.5), a formatted percent is a fraction.
  const value = format === 'percent' ? input.value / 100 : input.value;
  return formatValue(value, format, { currency: format === 'currency' ? input.unit : undefined, locale, precise: true });
}

/** An input's period; a count the article on the page gave has no date of its own. */
export function inputPeriod(period: string, t: Translate, locale: string): string {
  return period === ARTICLE_PERIOD ? t('periodArticle') : formatPeriod(period, locale);
}
