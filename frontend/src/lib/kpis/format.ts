import { formatInteger, formatNok, formatPercent, formatScore } from '../format';
import type { Language } from '../i18n';
import type { KpiUnit } from './api';

/** A KPI's figure the way its unit reads: "1,42 %", "330", "3 000 000 kr", "nr. 8", "4,2". */
export function formatKpiValue(value: number, unit: KpiUnit, language: Language): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, language);
    case 'nok':
      return formatNok(value, language);
    case 'rank':
      return language === 'nb' ? `nr. ${formatInteger(value, language)}` : `No. ${formatInteger(value, language)}`;
    case 'score':
      return formatScore(value, language);
    default:
      return formatInteger(value, language);
  }
}
