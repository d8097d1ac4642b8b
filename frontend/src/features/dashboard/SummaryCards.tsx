import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDate, formatInteger, formatPercent, formatSignedInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { PopulationSummary } from './api';

/** The headline figures: latest population, and last full year's growth against the target. */
export function SummaryCards({ summary }: { summary: PopulationSummary }) {
  const { t, language } = useI18n();
  const target = formatPercent(summary.targetGrowthPercent, language);

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
          {summary.growthYear ? t('dashboard.growthHeading', { year: summary.growthYear }) : t('dashboard.growthHeading', { year: '–' })}
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
        <TargetVerdict met={summary.targetMet} target={target} />
      </Card>
    </div>
  );
}

/** Says in words whether the target was met; the colour and symbol only repeat it. */
function TargetVerdict({ met, target }: { met: boolean | null; target: string }) {
  const { t } = useI18n();
  if (met === null) {
    return <Paragraph data-testid="target-verdict">{t('dashboard.targetUnknown', { target })}</Paragraph>;
  }
  return (
    <Paragraph data-testid="target-verdict" className={met ? 'vekst-verdict vekst-verdict--met' : 'vekst-verdict vekst-verdict--missed'}>
      <span aria-hidden="true" className="vekst-verdict__symbol">
        {met ? '✓' : '✗'}
      </span>
      {met ? t('dashboard.targetMet', { target }) : t('dashboard.targetNotMet', { target })}
    </Paragraph>
  );
}
