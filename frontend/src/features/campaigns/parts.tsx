import { Tag } from '@digdir/designsystemet-react';
import { DetailsList } from '../../components/DetailsList';
import { formatDate, formatDecimal, formatInteger, formatNok, formatPercent } from '../../lib/format';
import { useI18n, type Language } from '../../lib/i18n';
import { countMetrics, knownChannels, type Campaign, type CampaignStatus, type MetricTotals } from './api';

/** A figure that may be missing (a rate without its divisor): "–", never 0. */
export function orDash(value: number | null | undefined, format: (value: number) => string): string {
  return value === null || value === undefined ? '–' : format(value);
}

/** Kroner with øre when there are any: costs per click or lead are often below 10 kr. */
export function formatCost(value: number, language: Language): string {
  return Number.isInteger(value) ? formatNok(value, language) : `${formatDecimal(value, language)} kr`;
}

/** A channel's name: the known ones translated, any other by its key. */
export function useChannelLabel(): (channel: string) => string {
  const { t } = useI18n();
  return (channel) =>
    (knownChannels as readonly string[]).includes(channel) ? t(`campaigns.channels.${channel as (typeof knownChannels)[number]}`) : channel;
}

/** "01.03.2026–31.10.2026". */
export function useCampaignPeriod(): (campaign: Pick<Campaign, 'startDate' | 'endDate'>) => string {
  const { t, language } = useI18n();
  return (campaign) =>
    t('campaigns.period', { from: formatDate(campaign.startDate, language), to: formatDate(campaign.endDate, language) });
}

const statusColors: Record<CampaignStatus, 'neutral' | 'success' | 'info' | 'warning'> = {
  planned: 'info',
  active: 'success',
  completed: 'neutral',
  cancelled: 'warning',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={statusColors[status]} data-size="sm">
      {t(`campaigns.statuses.${status}`)}
    </Tag>
  );
}

/** Spend in kroner, and "Over budget" in words (not only colour) when it is. */
export function SpendText({ campaign }: { campaign: Pick<Campaign, 'spendNok' | 'overBudget'> }) {
  const { t, language } = useI18n();
  return (
    <>
      {formatNok(campaign.spendNok, language)}
      {campaign.overBudget && (
        <>
          {' '}
          <Tag data-color="danger" data-size="sm">
            {t('campaigns.overBudget')}
          </Tag>
        </>
      )}
    </>
  );
}

/** Each target's progress in one line: "Økter: 12 000 av 20 000 (60,00 %)". */
export function useProgressLines(): (campaign: Pick<Campaign, 'progress'>) => string[] {
  const { t, language } = useI18n();
  return (campaign) =>
    campaign.progress.targets.map((target) => {
      const values = {
        metric: t(`campaigns.metrics.${target.metric}`),
        actual: formatInteger(target.actual, language),
        target: formatInteger(target.target, language),
      };
      return target.percent === null
        ? t('campaigns.progressNoPercent', values)
        : t('campaigns.progressOf', { ...values, percent: formatPercent(target.percent, language, { decimals: 0 }) });
    });
}

/** The leads and sessions progress of a list row, one line each (or "no targets"). */
export function ProgressCell({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const lines = useProgressLines()(campaign);
  if (lines.length === 0) return <>{t('campaigns.noTargets')}</>;
  return (
    <ul className="vekst-plain-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The totals of a period with the rates; "–" where a rate has no divisor. */
export function TotalsList({ totals, testId }: { totals: MetricTotals; testId?: string }) {
  const { t, language } = useI18n();
  const rows: [string, string][] = [
    ...countMetrics.map((metric): [string, string] => [t(`campaigns.metrics.${metric}`), formatInteger(totals[metric], language)]),
    [t('campaigns.metrics.costNok'), formatCost(totals.costNok, language)],
    [t('campaigns.metrics.ctr'), orDash(totals.ctr, (value) => formatPercent(value, language))],
    [t('campaigns.metrics.costPerClick'), orDash(totals.costPerClick, (value) => formatCost(value, language))],
    [t('campaigns.metrics.costPerLead'), orDash(totals.costPerLead, (value) => formatCost(value, language))],
  ];
  return <DetailsList rows={rows} testId={testId} />;
}
