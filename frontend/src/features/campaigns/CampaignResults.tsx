import { Button, Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { countMetrics, downloadCampaignMetricsCsv, useCampaignMetrics, type Campaign, type CountMetric, type MetricTotals } from './api';
import { TotalsList, useChannelLabel } from './parts';

type Row = { key: string; label: string; totals: MetricTotals };

/** The columns of both result tables: the row's name, the counts, the cost and the rates. */
function useResultColumns(firstHeader: string): FigureColumn<Row>[] {
  const { t } = useI18n();
  return [
    { header: firstHeader, value: (row) => row.label, format: 'text' },
    ...countMetrics.map((metric): FigureColumn<Row> => ({ header: t(`campaigns.metrics.${metric}`), value: (row) => row.totals[metric] })),
    { header: t('campaigns.metrics.costNok'), value: (row) => row.totals.costNok, format: 'decimal' },
    { header: t('campaigns.metrics.ctr'), value: (row) => row.totals.ctr, format: 'percent' },
    { header: t('campaigns.metrics.costPerClick'), value: (row) => row.totals.costPerClick, format: 'decimal' },
    { header: t('campaigns.metrics.costPerLead'), value: (row) => row.totals.costPerLead, format: 'decimal' },
  ];
}

/** The server's CSV of the campaign's results (the Vekst import format), for Excel. */
export function ResultsCsvButton({ campaign }: { campaign: Pick<Campaign, 'id' | 'slug' | 'name'> }) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    setPending(true);
    try {
      await downloadCampaignMetricsCsv(campaign);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button variant="secondary" loading={pending} disabled={pending} onClick={() => void download()} data-testid="campaign-results-csv">
        {t('campaigns.results.downloadCsv')}
        <span className="vekst-sr-only">: {campaign.name}</span>
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}

/** A campaign's results over its whole run: totals with rates, by channel and by day, each a chart with its table. */
export function CampaignResults({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const metrics = useCampaignMetrics(campaign.id);
  const channelLabel = useChannelLabel();
  const [metric, setMetric] = useState<CountMetric>('sessions');
  const channelColumns = useResultColumns(t('campaigns.results.channel'));
  const dailyColumns = useResultColumns(t('campaigns.results.date'));
  const metricName = t(`campaigns.metrics.${metric}`);

  return (
    <section className="vekst-section" aria-labelledby="results-heading" data-testid="campaign-results">
      <Heading level={2} data-size="md" id="results-heading">
        {t('campaigns.results.heading')}
      </Heading>
      <div className="vekst-actions">
        <ResultsCsvButton campaign={campaign} />
      </div>
      <QueryStatus query={metrics}>
        {(data) => {
          const byChannel: Row[] = data.byChannel.map((entry) => ({
            key: entry.channel,
            label: channelLabel(entry.channel),
            totals: entry.totals,
          }));
          const daily: Row[] = data.daily.map((entry) => ({
            key: entry.date,
            label: formatDate(entry.date, language),
            totals: entry.totals,
          }));
          const channelChart: ChartSpec = {
            type: 'bar',
            labels: byChannel.map((row) => row.label),
            series: [{ label: metricName, data: byChannel.map((row) => row.totals[metric]), tone: 'accent' }],
          };
          const dailyChart: ChartSpec = {
            type: 'line',
            labels: daily.map((row) => row.label),
            series: [{ label: metricName, data: daily.map((row) => row.totals[metric]), tone: 'accent' }],
          };
          return (
            <>
              <Heading level={3} data-size="sm">
                {t('campaigns.results.totals')}
              </Heading>
              <TotalsList totals={data.totals} testId="campaign-totals" />
              {data.daily.length === 0 ? (
                <Paragraph className="vekst-empty">{t('campaigns.results.none')}</Paragraph>
              ) : (
                <>
                  <LabelledSelect
                    label={t('campaigns.results.chartMetric')}
                    value={metric}
                    onChange={(value) => setMetric(value as CountMetric)}
                  >
                    {countMetrics.map((candidate) => (
                      <Select.Option key={candidate} value={candidate}>
                        {t(`campaigns.metrics.${candidate}`)}
                      </Select.Option>
                    ))}
                  </LabelledSelect>
                  <Heading level={3} data-size="sm">
                    {t('campaigns.results.byChannel')}
                  </Heading>
                  <FigurePanel
                    chart={{ spec: channelChart, label: t('campaigns.results.byChannelChart', { metric: metricName }) }}
                    caption={t('campaigns.results.byChannelCaption')}
                    columns={channelColumns}
                    rows={byChannel}
                    rowKey={(row) => row.key}
                    csvFileName={`${campaign.slug}-kanaler.csv`}
                    testId="results-by-channel"
                    nameDownload
                  />
                  <Heading level={3} data-size="sm">
                    {t('campaigns.results.daily')}
                  </Heading>
                  <FigurePanel
                    chart={{ spec: dailyChart, label: t('campaigns.results.dailyChart', { metric: metricName }) }}
                    caption={t('campaigns.results.dailyCaption')}
                    columns={dailyColumns}
                    rows={daily}
                    rowKey={(row) => row.key}
                    csvFileName={`${campaign.slug}-dager.csv`}
                    testId="results-daily"
                    nameDownload
                    foldOver={31}
                  />
                </>
              )}
            </>
          );
        }}
      </QueryStatus>
    </section>
  );
}
