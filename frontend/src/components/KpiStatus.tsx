import { Tag } from '@digdir/designsystemet-react';
import type { KpiProjection, KpiStatus, KpiTrend, KpiUnit } from '../lib/kpis/api';
import { formatKpiValue } from '../lib/kpis/format';
import { useI18n } from '../lib/i18n';
import { Missing } from './FigureTable';

const statusLook: Record<KpiStatus, { color: 'success' | 'warning' | 'danger' | 'neutral'; symbol: string }> = {
  'on-track': { color: 'success', symbol: '✓' },
  'at-risk': { color: 'warning', symbol: '!' },
  'off-track': { color: 'danger', symbol: '✗' },
  'no-data': { color: 'neutral', symbol: '?' },
};

/** A KPI's status in words, with a symbol and a colour that only repeat it. */
export function KpiStatusTag({ status }: { status: KpiStatus }) {
  const { t } = useI18n();
  const { color, symbol } = statusLook[status];
  return (
    <Tag data-color={color} className="vekst-status-tag" data-status={status}>
      <span aria-hidden="true" className="vekst-status-tag__symbol">
        {symbol}
      </span>
      {t(`kpis.statuses.${status}`)}
    </Tag>
  );
}

const trendArrow: Record<NonNullable<KpiTrend>, string> = { up: '↑', down: '↓', flat: '→' };

/** Up, down or flat against the year before: an arrow to see, a word to read. */
export function KpiTrendText({ trend }: { trend: KpiTrend }) {
  const { t } = useI18n();
  if (trend === null) return <Missing />;
  return (
    <span className="vekst-nowrap">
      <span aria-hidden="true">{trendArrow[trend]} </span>
      {t(`kpis.trends.${trend}`)}
    </span>
  );
}

/** What this year's status rests on: "Prognose 330 (trend 2024–2025)". */
export function useProjectionText(): (projection: KpiProjection, unit: KpiUnit) => string {
  const { t, language } = useI18n();
  return (projection, unit) => {
    const [first, second] = projection.basedOn;
    const basis =
      projection.method === 'trend'
        ? t('kpis.projectionMethods.trend', { from: first ?? '', to: second ?? first ?? '' })
        : projection.method === 'last-value'
          ? t('kpis.projectionMethods.last-value', { year: first ?? '' })
          : t('kpis.projectionMethods.current-value');
    return t('kpis.projection', { value: formatKpiValue(projection.value, unit, language), basis });
  };
}
