import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { formatDate, formatInteger, formatPercent, formatSignedInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { pointNotes } from '../../lib/population/pointNotes';
import type { PopulationPoint, PopulationSeries } from './api';
import { csvName } from './csvName';

type SeriesRow = PopulationPoint & { targetPopulationEnd: number | null };

function seriesColumns(t: TFunction): FigureColumn<SeriesRow>[] {
  return [
    { header: t('population.columns.period'), value: (row) => row.period, format: 'text' },
    { header: t('population.columns.populationStart'), value: (row) => row.populationStart, format: 'integer' },
    { header: t('population.columns.populationEnd'), value: (row) => row.populationEnd, format: 'integer' },
    { header: t('population.columns.targetPopulationEnd'), value: (row) => row.targetPopulationEnd, format: 'integer' },
    { header: t('population.columns.growth'), value: (row) => row.growth, format: 'signed' },
    { header: t('population.columns.growthPercent'), value: (row) => row.growthPercent, format: 'signedPercent' },
    { header: t('population.columns.growthPer1000'), value: (row) => row.growthPer1000, format: 'signedDecimal' },
    { header: t('population.columns.adjustment'), value: (row) => row.adjustment, format: 'signed' },
    { header: t('population.columns.notes'), value: (row) => pointNotes(row, t).join(', '), format: 'text' },
  ];
}

/** The population period by period with the target path, and the breaks explained. */
export function SeriesFigures({ series }: { series: PopulationSeries }) {
  const { t, language } = useI18n();
  const rows = useMemo<SeriesRow[]>(() => {
    const targetByYear = new Map(series.targets?.years.map((year) => [year.year, year.targetPopulationEnd]));
    return series.points.map((point) => ({ ...point, targetPopulationEnd: targetByYear.get(point.period) ?? null }));
  }, [series]);
  const columns = useMemo(() => seriesColumns(t), [t]);
  const hasTargets = rows.some((row) => row.targetPopulationEnd !== null);
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      labels: rows.map((row) => row.period),
      series: [
        { label: t('population.columns.populationEnd'), data: rows.map((row) => row.populationEnd), tone: 'accent' },
        ...(hasTargets
          ? [
              {
                label: t('population.series.targetPath'),
                data: rows.map((row) => row.targetPopulationEnd),
                tone: 'target' as const,
                dashed: true,
              },
            ]
          : []),
      ],
      markers: rows.flatMap((row, index) => (row.seriesBreak ? [{ index, label: t('population.series.breakMarker') }] : [])),
    }),
    [rows, hasTargets, t],
  );
  const range = { from: rows[0]?.period ?? '', to: rows[rows.length - 1]?.period ?? '', subject: series.subject.name };

  return (
    <>
      <Paragraph>
        {t(series.granularity === 'quarter' ? 'population.series.introQuarter' : 'population.series.intro', range)}{' '}
        {series.targets &&
          hasTargets &&
          t('population.series.targetPathExplained', {
            start: series.targets.startYear,
            percent: formatPercent(series.targets.growthPercent, language),
          })}
      </Paragraph>
      <FigurePanel
        chart={{ spec, label: t('population.series.chartLabel', range) }}
        caption={t('population.series.caption', { ...range, variant: t(`variants.${series.variant}`) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.period}
        csvFileName={csvName(t, 'series', series.subject.name, series.variant)}
        testId="series-table"
        nameDownload
      />
      <SeriesBreaks points={series.points} />
    </>
  );
}

/** Each break in words: a recorded boundary change, or stocks and flows that do not add up. */
function SeriesBreaks({ points }: { points: readonly PopulationPoint[] }) {
  const { t, language } = useI18n();
  const breaks = points.filter((point) => point.seriesBreak);
  if (breaks.length === 0) return null;
  return (
    <div data-testid="series-breaks">
      <Heading level={3} data-size="xs">
        {t('population.series.breaksHeading')}
      </Heading>
      <ul className="vekst-notes">
        {breaks.flatMap((point) =>
          point.boundaryChanges.length > 0
            ? point.boundaryChanges.map((change) => (
                <li key={`${point.period}-${change.id}`}>
                  {t('population.series.boundaryBreak', {
                    period: point.period,
                    date: formatDate(change.date, language),
                    other: change.otherMunicipalityCode
                      ? `${change.otherMunicipality} (${change.otherMunicipalityCode})`
                      : change.otherMunicipality,
                    persons: formatSignedInteger(change.personsMoved, language),
                  })}
                </li>
              ))
            : [
                <li key={point.period}>
                  {t('population.series.residualBreak', {
                    period: point.period,
                    persons: point.adjustment === null ? '–' : formatInteger(Math.abs(point.adjustment), language),
                  })}
                </li>,
              ],
        )}
      </ul>
    </div>
  );
}
