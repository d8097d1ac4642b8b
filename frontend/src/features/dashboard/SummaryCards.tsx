import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Verdict } from '../../components/Verdict';
import { formatDate, formatInteger, formatPercent, formatSignedInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { PopulationSummary } from './api';

/** The headline figures: latest population, last full year's growth and net in-migration against the targets, and the projection. */
export function SummaryCards({ summary }: { summary: PopulationSummary }) {
  const { t, language } = useI18n();
  const target = formatPercent(summary.targetGrowthPercent, language);
  const year = summary.growthYear ?? '–';

  return (
    <div className="vekst-cards">
      <Card data-color="neutral" className="vekst-figure-card">
        <Heading level={2} data-size="xs">
          {t('dashboard.populationHeading')}
        </Heading>
        {summary.population === null ? (
          <Paragraph>{t('dashboard.noPopulation')}</Paragraph>
        ) : (
          <>
            <Paragraph className="vekst-figure" data-testid="population">
              {formatInteger(summary.population, language)}
            </Paragraph>
            {summary.populationDate && (
              <Paragraph data-testid="population-date">
                {t('dashboard.populationDate', { date: formatDate(summary.populationDate, language) })}
              </Paragraph>
            )}
          </>
        )}
        <Paragraph data-size="sm" className="vekst-muted">
          {t(`variants.${summary.variant}`)}
          {summary.source && (
            <>
              <br />
              {t('dashboard.source', { source: summary.source })}
            </>
          )}
        </Paragraph>
      </Card>

      <Card data-color="neutral" className="vekst-figure-card">
        <Heading level={2} data-size="xs">
          {t('dashboard.growthHeading', { year })}
        </Heading>
        {summary.growth === null || summary.growthPercent === null ? (
          <Paragraph>{t('dashboard.noGrowthYet')}</Paragraph>
        ) : (
          <>
            <Paragraph className="vekst-figure" data-testid="growth">
              {formatPercent(summary.growthPercent, language, { signed: true })}
            </Paragraph>
            <Paragraph data-testid="growth-residents">
              {t('dashboard.growthResidents', { growth: formatSignedInteger(summary.growth, language) })}
            </Paragraph>
          </>
        )}
        <Verdict testId="target-verdict" met={summary.targetMet} text={t(verdictKey(summary.targetMet, 'target'), { target })} />
      </Card>

      <NetMigrationCard summary={summary} year={year} />
      <ProjectionCard projection={summary.projection} />
    </div>
  );
}

function verdictKey<P extends 'target' | 'netMigrationTarget'>(met: boolean | null, prefix: P) {
  if (met === null) return `dashboard.${prefix}Unknown` as const;
  return met ? (`dashboard.${prefix}Met` as const) : (`dashboard.${prefix}NotMet` as const);
}

function NetMigrationCard({ summary, year }: { summary: PopulationSummary; year: string }) {
  const { t, language } = useI18n();
  const target = formatSignedInteger(summary.targetNetInMigration, language);
  return (
    <Card data-color="neutral" className="vekst-figure-card">
      <Heading level={2} data-size="xs">
        {t('dashboard.netMigrationHeading', { year })}
      </Heading>
      {summary.netMigration === null ? (
        <Paragraph>{t('dashboard.noNetMigration')}</Paragraph>
      ) : (
        <>
          <Paragraph className="vekst-figure" data-testid="net-migration">
            {formatSignedInteger(summary.netMigration, language)}
          </Paragraph>
          <Paragraph>{t('dashboard.netMigrationResidents')}</Paragraph>
        </>
      )}
      <Verdict
        testId="net-migration-verdict"
        met={summary.netInMigrationTargetMet}
        text={t(verdictKey(summary.netInMigrationTargetMet, 'netMigrationTarget'), { target })}
      />
    </Card>
  );
}

function ProjectionCard({ projection }: { projection: PopulationSummary['projection'] }) {
  const { t, language } = useI18n();
  if (!projection) {
    return (
      <Card data-color="neutral" className="vekst-figure-card">
        <Heading level={2} data-size="xs">
          {t('dashboard.projectionHeadingWithoutYear')}
        </Heading>
        <Paragraph data-testid="projection-verdict">{t('projection.verdicts.insufficient-data')}</Paragraph>
      </Card>
    );
  }
  const { until, verdict } = projection;
  const values = {
    until,
    trend: projection.trendGrowthPercent === null ? '–' : formatPercent(projection.trendGrowthPercent, language),
    projected: projection.projectedPopulation === null ? '–' : formatInteger(projection.projectedPopulation, language),
    target: projection.targetPopulation === null ? '–' : formatInteger(projection.targetPopulation, language),
    year: projection.divergesIn ?? '',
  };
  return (
    <Card data-color="neutral" className="vekst-figure-card">
      <Heading level={2} data-size="xs">
        {t('dashboard.projectionHeading', { until })}
      </Heading>
      {verdict !== 'insufficient-data' && (
        <>
          <Paragraph className="vekst-figure" data-testid="projection-population">
            {values.projected}
          </Paragraph>
          <Paragraph>{t('dashboard.projectionFigures', values)}</Paragraph>
        </>
      )}
      <Verdict
        testId="projection-verdict"
        met={verdict === 'insufficient-data' ? null : verdict === 'on-track'}
        text={t(`projection.verdicts.${verdict}`, values)}
      />
      {projection.divergesIn && <Paragraph data-size="sm">{t('projection.divergesIn', values)}</Paragraph>}
      <Paragraph data-size="sm" className="vekst-muted">
        {t('projection.notForecast')}
      </Paragraph>
    </Card>
  );
}
