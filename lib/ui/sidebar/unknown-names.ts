// The math lists missing metrics by id ("median_employee_pay"); readers get their plain names.
import type { Translate } from '../i18n';

const METRIC_ID = /^[a-z_]+$/;

export function unknownNames(unknown: string[], t: Translate): string[] {
  return unknown.map((item) => (METRIC_ID.test(item) && t(`metric_${item}`)) || item.replace(/_/g, ' '));
}
