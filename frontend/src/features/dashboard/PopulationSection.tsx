import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { QueryStatus } from '../../components/QueryStatus';
import { downloadCsv } from '../../lib/csv';
import { useI18n } from '../../lib/i18n';
import { usePopulationSeries, type PopulationSeries } from './api';
import { populationCsv } from './populationCsv';
import { PopulationTable } from './PopulationTable';

const PopulationChart = lazy(() => import('./PopulationChart'));

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
  const { t, language } = useI18n();
  const periods = series.points.map((point) => point.period);
  const range = { from: periods[0] ?? '', to: periods[periods.length - 1] ?? '' };
  const variantName = t(`variants.${series.variant}`);

  const download = () =>
    downloadCsv(
      t('dashboard.csvFileName', { municipality: series.municipality.name.toLowerCase(), variant: series.variant }),
      populationCsv(series.points, t),
    );

  return (
    <>
      <Paragraph>{t('dashboard.seriesRange', range)}</Paragraph>
      <ErrorBoundary fallback={<Paragraph>{t('dashboard.chartFailed')}</Paragraph>}>
        <Suspense fallback={<Paragraph className="vekst-chart vekst-chart--loading">{t('dashboard.chartLoading')}</Paragraph>}>
          <PopulationChart points={series.points} label={t('dashboard.chartLabel', range)} language={language} />
        </Suspense>
      </ErrorBoundary>
      <PopulationTable points={series.points} caption={t('dashboard.tableCaption', { variant: variantName })} />
      <Button variant="secondary" onClick={download} className="vekst-download">
        {t('dashboard.downloadCsv')}
      </Button>
    </>
  );
}
