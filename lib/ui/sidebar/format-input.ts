// A reported input carries a unit rather than a display format; this picks the format for it.
import type { Unit } from '../../data/types';
import { formatValue } from '../../math/format';
import type { ReportedInput, ValueFormat } from '../../math/types';

const FORMAT_OF_UNIT: Partial<Record<Unit, ValueFormat>> = { percent: 'percent', people: 'people', ratio: 'multiple' };

export function formatInput(input: ReportedInput, locale: string): string {
  const format = FORMAT_OF_UNIT[input.unit] ?? 'currency';
  return formatValue(input.value, format, { currency: format === 'currency' ? input.unit : undefined, locale, precise: true });
}
