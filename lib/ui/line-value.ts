// A counterpoint line's figure as the reader sees it: the sidebar's line and the share card both
// show this string, so the two can never disagree.
import { formatValue } from '../math/format';
import type { CounterpointLine } from '../math/types';

export function lineValueText(line: CounterpointLine, locale: string): string {
  return formatValue(line.value, line.format, { currency: line.currency, locale });
}
