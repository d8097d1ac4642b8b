import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import { usePopulationSeries, type PopulationSeries } from './api';
import { populationColumns } from './populationCsv';

/** The population series three ways: a chart, the same figures as a table, and as CSV. */
export function PopulationSection() {
  const { t } = useI18n();
  const series = usePopulationSeries();
  return (
    <section aria-labelledby="series-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="series-heading">
        {t('dashboard.seriesHeading')}
      </Heading>
      <QueryStatus query={series} isEmpty={(data) => data.points.length === 0} emptyText={t('dashboard.emptySeries')}>
        {(data) => <SeriesViews series={data} />}
      </QueryStatus>
    </section>
  );
}

function SeriesViews({ series }: { series: PopulationSeries }) {
  const { t } = useI18n();
  const periods = series.points.map((point) => point.period);
  const range = { from: periods[0] ?? '', to: periods[periods.length - 1] ?? '' };
  const columns = useMemo(() => populationColumns(t), [t]);
  const spec = useMemo<ChartSpec>(() => {
    const withData = series.points.filter((point) => point.populationStart !== null);
    return {
      type: 'line',
      labels: withData.map((point) => point.period),
      series: [{ label: t('dashboard.columns.populationStart'), data: withData.map((point) => point.populationStart), tone: 'accent' }],
    };
  }, [series.points, t]);

  return (
    <>
      <Paragraph>{t('dashboard.seriesRange', range)}</Paragraph>
      <FigurePanel
        chart={{ spec, label: t('dashboard.chartLabel', range) }}
        caption={t('dashboard.tableCaption', { variant: t(`variants.${series.variant}`) })}
        columns={columns}
        rows={series.points}
        rowKey={(point) => point.period}
        csvFileName={t('dashboard.csvFileName', { municipality: series.subject.name.toLowerCase(), variant: series.variant })}
        testId="population-table"
      />
    </>
  );
}
