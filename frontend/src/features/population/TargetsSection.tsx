import { Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { formatPercent, formatSignedInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { PopulationSeries, TargetYear } from './api';
import { csvName } from './csvName';
import { gapWords } from './shared';

function targetColumns(t: TFunction, withMigration: boolean): FigureColumn<TargetYear>[] {
  const growth: FigureColumn<TargetYear>[] = [
    { header: t('population.columns.year'), value: (year) => year.year, format: 'text' },
    { header: t('population.columns.populationStart'), value: (year) => year.populationStart, format: 'integer' },
    { header: t('population.columns.growth'), value: (year) => year.growth, format: 'signed' },
    { header: t('population.targets.columns.targetGrowth'), value: (year) => year.targetGrowth, format: 'signed' },
    { header: t('population.targets.columns.growthGap'), value: (year) => year.growthGap, format: 'signed' },
    { header: t('population.targets.columns.cumulativeGrowthGap'), value: (year) => year.cumulativeGrowthGap, format: 'signed' },
    { header: t('population.columns.targetPopulationEnd'), value: (year) => year.targetPopulationEnd, format: 'integer' },
  ];
  if (!withMigration) return growth;
  return [
    ...growth,
    { header: t('population.columns.netMigration'), value: (year) => year.netMigration, format: 'signed' },
    { header: t('population.targets.columns.netMigrationTarget'), value: (year) => year.netMigrationTarget, format: 'signed' },
    { header: t('population.targets.columns.netMigrationGap'), value: (year) => year.netMigrationGap, format: 'signed' },
    {
      header: t('population.targets.columns.cumulativeNetMigrationGap'),
      value: (year) => year.cumulativeNetMigrationGap,
      format: 'signed',
    },
  ];
}

/** The span's average growth, and each year since the programme started against the two targets. */
export function TargetFigures({ series }: { series: PopulationSeries }) {
  const { t, language } = useI18n();
  const { average, targets } = series;
  const withMigration = targets?.netInMigration != null;
  const columns = useMemo(() => targetColumns(t, withMigration), [t, withMigration]);
  const years = useMemo(() => targets?.years ?? [], [targets]);
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      valueFormat: 'signed',
      labels: years.map((year) => year.year),
      series: [
        { label: t('population.columns.growth'), data: years.map((year) => year.growth), tone: 'accent' },
        { label: t('population.targets.columns.targetGrowth'), data: years.map((year) => year.targetGrowth), tone: 'target' },
      ],
    }),
    [years, t],
  );
  // The running totals stop at the first year without a figure: the last one with a total sums up.
  const latest = [...years].reverse().find((year) => year.cumulativeGrowthGap !== null);

  return (
    <>
      <Paragraph data-testid="average-growth">
        {average && average.compoundPercent !== null
          ? t('population.targets.average', {
              from: average.from,
              to: average.to,
              percent: formatPercent(average.compoundPercent, language, { signed: true }),
              growth: formatSignedInteger(average.organicGrowth, language),
              adjustments: formatSignedInteger(average.adjustments, language),
            })
          : t('population.targets.noAverage')}
      </Paragraph>
      {!targets ? (
        <Paragraph>{series.granularity === 'quarter' ? t('population.targets.yearsOnly') : t('population.targets.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('population.targets.intro', {
              start: targets.startYear,
              percent: formatPercent(targets.growthPercent, language),
            })}{' '}
            {withMigration
              ? t('population.targets.migrationIntro', { target: formatSignedInteger(targets.netInMigration ?? 0, language) })
              : t('population.targets.migrationHomeOnly')}
          </Paragraph>
          {latest && (
            <ul className="vekst-notes" data-testid="target-summary">
              <li>
                {t('population.targets.cumulativeGrowth', {
                  start: targets.startYear,
                  year: latest.year,
                  growth: latest.cumulativeGrowth === null ? '–' : formatSignedInteger(latest.cumulativeGrowth, language),
                  target: latest.cumulativeTargetGrowth === null ? '–' : formatSignedInteger(latest.cumulativeTargetGrowth, language),
                  gap: gapWords(latest.cumulativeGrowthGap, t, language),
                })}
              </li>
              {withMigration && latest.cumulativeNetMigration !== null && (
                <li>
                  {t('population.targets.cumulativeMigration', {
                    start: targets.startYear,
                    year: latest.year,
                    migration: formatSignedInteger(latest.cumulativeNetMigration, language),
                    gap: gapWords(latest.cumulativeNetMigrationGap, t, language),
                  })}
                </li>
              )}
            </ul>
          )}
          {years.length > 0 && (
            <FigurePanel
              chart={{ spec, label: t('population.targets.chartLabel', { start: targets.startYear }) }}
              caption={t('population.targets.caption', { subject: series.subject.name, start: targets.startYear })}
              columns={columns}
              rows={years}
              rowKey={(year) => year.year}
              csvFileName={csvName(t, 'targets', series.subject.name, series.variant)}
              testId="targets-table"
              nameDownload
            />
          )}
        </>
      )}
    </>
  );
}
