import { Heading, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { ViewSwitch } from '../../components/ViewSwitch';
import { usePageTitle } from '../../components/usePageTitle';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { useI18n } from '../../lib/i18n';
import { useCampaignComparison, type CampaignComparison } from './api';

type Item = CampaignComparison['items'][number];
type ChartChoice = 'costPerLead' | 'reach';

/** Reads the year of the address; anything else is this year. */
function yearOf(param: string | undefined): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}

/** The campaigns of a year side by side: a chart of cost per lead or reach, and the table with all the figures. */
export function ComparisonPage() {
  const { t } = useI18n();
  usePageTitle(t('campaigns.comparison.title'));
  const navigate = useNavigate();
  const year = yearOf(useParams().year);
  const comparison = useCampaignComparison(year);
  const [choice, setChoice] = useState<ChartChoice>('costPerLead');

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2019 }, (_, index) => thisYear + 1 - index);

  const columns: FigureColumn<Item>[] = [
    {
      header: t('campaigns.columns.name'),
      value: (item) => item.name,
      format: 'text',
      render: (item) => (
        <Link asChild>
          <RouterLink to={`/campaigns/${item.id}`}>{item.name}</RouterLink>
        </Link>
      ),
    },
    { header: t('campaigns.metrics.reach'), value: (item) => item.totals.reach },
    { header: t('campaigns.metrics.sessions'), value: (item) => item.totals.sessions },
    { header: t('campaigns.metrics.leads'), value: (item) => item.totals.leads },
    { header: t('campaigns.comparison.budgetNok'), value: (item) => item.budgetNok, format: 'nok' },
    { header: t('campaigns.comparison.spendNok'), value: (item) => item.spendNok, format: 'nok' },
    { header: t('campaigns.metrics.ctr'), value: (item) => item.totals.ctr, format: 'percent' },
    { header: t('campaigns.metrics.costPerLead'), value: (item) => item.totals.costPerLead, format: 'nok' },
  ];
  const metricName = t(choice === 'costPerLead' ? 'campaigns.comparison.chartCostPerLead' : 'campaigns.comparison.chartReach');

  return (
    <>
      <Link asChild>
        <RouterLink to="/campaigns">{t('campaigns.backToList')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('campaigns.comparison.title')}
      </Heading>
      <Paragraph>{t('campaigns.comparison.intro')}</Paragraph>
      <div className="vekst-toolbar">
        <LabelledSelect
          label={t('campaigns.comparison.year')}
          value={String(year)}
          onChange={(value) => void navigate(`/campaigns/comparison/${value}`)}
        >
          {years.map((candidate) => (
            <Select.Option key={candidate} value={String(candidate)}>
              {candidate}
            </Select.Option>
          ))}
        </LabelledSelect>
        <ViewSwitch
          label={t('campaigns.comparison.chartChoice')}
          value={choice}
          onChange={setChoice}
          options={[
            { value: 'costPerLead', label: t('campaigns.comparison.chartCostPerLead') },
            { value: 'reach', label: t('campaigns.comparison.chartReach') },
          ]}
        />
      </div>
      <QueryStatus query={comparison} isEmpty={(data) => data.items.length === 0} emptyText={t('campaigns.comparison.empty', { year })}>
        {(data) => {
          const chart: ChartSpec = {
            type: 'bar',
            horizontal: true,
            valueFormat: choice === 'costPerLead' ? 'nok' : 'integer',
            labels: data.items.map((item) => item.name),
            series: [
              {
                label: metricName,
                data: data.items.map((item) => (choice === 'costPerLead' ? item.totals.costPerLead : item.totals.reach)),
                tone: 'accent',
              },
            ],
          };
          return (
            <FigurePanel
              chart={{ spec: chart, label: t('campaigns.comparison.chartLabel', { metric: metricName, year: data.year }) }}
              caption={t('campaigns.comparison.caption', { year: data.year })}
              columns={columns}
              rows={data.items}
              rowKey={(item) => item.id}
              csvFileName={`kampanjer-${data.year}.csv`}
              testId="campaign-comparison"
            />
          );
        }}
      </QueryStatus>
    </>
  );
}
