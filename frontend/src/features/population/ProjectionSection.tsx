import { Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { QueryStatus } from '../../components/QueryStatus';
import { Verdict } from '../../components/Verdict';
import { formatInteger, formatPercent } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { usePopulationProjection, type PopulationProjection, type ProjectionPoint } from './api';
import { csvName } from './csvName';
import { subjectParams, type PageState } from './pageState';
import { NoFigures, PageSection } from './shared';

function projectionColumns(t: TFunction): FigureColumn<ProjectionPoint>[] {
  return [
    { header: t('population.projection.columns.year'), value: (point) => point.year, format: 'text' },
    { header: t('population.projection.columns.actual'), value: (point) => point.actual, format: 'integer' },
    { header: t('population.projection.columns.trend'), value: (point) => point.trend, format: 'integer' },
    { header: t('population.projection.columns.target'), value: (point) => point.target, format: 'integer' },
  ];
}

/** Where the trend leads by 2030 beside the path the target requires: a projection, not a forecast. */
export function ProjectionSection({ state }: { state: PageState }) {
  const { t } = useI18n();
  const projection = usePopulationProjection({ ...subjectParams(state.subject), variant: state.variant });
  const until = projection.data?.until ?? '2030';
  return (
    <PageSection id="projection" title={t('population.projection.heading', { until })} busy={projection.isFetching}>
      <Paragraph>
        <strong>{t('population.projection.label')}.</strong> {t('projection.notForecast')}
      </Paragraph>
      <QueryStatus query={projection}>{(data) => <ProjectionFigures data={data} />}</QueryStatus>
    </PageSection>
  );
}

function methodText(data: PopulationProjection, t: TFunction, language: 'nb' | 'en'): string {
  if (data.method === 'compound-trend' && data.trendFrom && data.trendTo && data.base) {
    return t('population.projection.methods.compound-trend', {
      from: data.trendFrom,
      to: data.trendTo,
      years: Number(data.trendTo) - Number(data.trendFrom) + 1,
      base: data.base.year,
      population: formatInteger(data.base.population, language),
    });
  }
  return data.methodDescription;
}

function ProjectionFigures({ data }: { data: PopulationProjection }) {
  const { t, language } = useI18n();
  const columns = useMemo(() => projectionColumns(t), [t]);
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      labels: data.points.map((point) => point.year),
      series: [
        { label: t('population.projection.columns.actual'), data: data.points.map((point) => point.actual), tone: 'accent' },
        { label: t('population.projection.columns.trend'), data: data.points.map((point) => point.trend), tone: 'warning', dashed: true },
        { label: t('population.projection.columns.target'), data: data.points.map((point) => point.target), tone: 'target', dashed: true },
      ],
    }),
    [data.points, t],
  );
  if (data.points.length === 0) return <NoFigures text={t('population.empty.projection', { subject: data.subject.name })} />;

  const values = {
    subject: data.subject.name,
    until: data.until,
    year: data.divergesIn ?? '',
    trend: data.trendGrowthPercent === null ? '–' : formatPercent(data.trendGrowthPercent, language),
    target: formatPercent(data.targetGrowthPercent, language),
    projected: data.projectedPopulation === null ? '–' : formatInteger(data.projectedPopulation, language),
    targetPopulation: data.targetPopulation === null ? '–' : formatInteger(data.targetPopulation, language),
    start: data.targetStart?.year ?? '',
  };
  return (
    <>
      <Verdict
        testId="projection-verdict"
        met={data.verdict === 'insufficient-data' ? null : data.verdict === 'on-track'}
        text={t(`projection.verdicts.${data.verdict}`, { ...values, target: values.targetPopulation })}
      />
      <ul className="vekst-notes" data-testid="projection-facts">
        <li>{t('population.projection.method', { method: methodText(data, t, language) })}</li>
        {data.trendFrom && data.trendTo && (
          <li>{t('population.projection.span', { from: data.trendFrom, to: data.trendTo, trend: values.trend })}</li>
        )}
        {data.targetStart && (
          <li>
            {t('population.projection.targetPath', {
              start: data.targetStart.year,
              population: formatInteger(data.targetStart.population, language),
              target: values.target,
            })}
          </li>
        )}
        {data.verdict !== 'insufficient-data' && <li>{t('population.projection.outcome', values)}</li>}
        <li>{data.divergesIn ? t('projection.divergesIn', values) : t('population.projection.noDivergence', values)}</li>
      </ul>
      <FigurePanel
        chart={{ spec, label: t('population.projection.chartLabel', values) }}
        caption={t('population.projection.caption', { ...values, variant: t(`variants.${data.variant}`) })}
        columns={columns}
        rows={data.points}
        rowKey={(point) => point.year}
        csvFileName={csvName(t, 'projection', data.subject.name, data.variant)}
        testId="projection-table"
        nameDownload
      />
    </>
  );
}
