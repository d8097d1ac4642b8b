import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel, LazyChart } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { PageSection } from '../../components/PageSection';
import { QueryStatus } from '../../components/QueryStatus';
import { formatPercent } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { subjectParams } from '../../lib/subjects';
import { useCommuting, type Commuting, type CommutingFlow, type CommutingYear } from './api';
import type { JobsPageState } from './pageState';
import { jobsCsvName, JobsNotes, NoJobsFigures } from './parts';

function commutingColumns(t: TFunction): FigureColumn<CommutingYear>[] {
  return [
    { header: t('jobs.columns.year'), value: (item) => item.year, format: 'text' },
    { header: t('jobs.columns.employedResidents'), value: (item) => item.employedResidents, format: 'integer' },
    { header: t('jobs.columns.jobs'), value: (item) => item.jobs, format: 'integer' },
    { header: t('jobs.columns.internal'), value: (item) => item.internal, format: 'integer' },
    { header: t('jobs.columns.inCommuters'), value: (item) => item.inCommuters, format: 'integer' },
    { header: t('jobs.columns.outCommuters'), value: (item) => item.outCommuters, format: 'integer' },
    { header: t('jobs.columns.net'), value: (item) => item.net, format: 'signed' },
    { header: t('jobs.columns.integrationShare'), value: (item) => item.integrationShare, format: 'percent' },
    { header: t('jobs.columns.integrationShareChange'), value: (item) => item.integrationShareChange, format: 'signedDecimal' },
  ];
}

function flowColumns(t: TFunction, direction: 'in' | 'out'): FigureColumn<CommutingFlow>[] {
  return [
    {
      header: t(direction === 'in' ? 'jobs.commuting.flows.from' : 'jobs.commuting.flows.to'),
      value: (flow) => `${flow.municipality.name} (${flow.municipality.code})`,
      format: 'text',
      words: true,
    },
    { header: t('jobs.columns.persons'), value: (flow) => flow.persons, format: 'integer' },
  ];
}

/** Who commutes in and out, how integrated the labour market is, and the largest flows. */
export function CommutingSection({ state }: { state: JobsPageState }) {
  const { t } = useI18n();
  const commuting = useCommuting({ ...subjectParams(state.subject), from: state.from, to: state.to });
  const group = state.subject.kind === 'region' || state.subject.kind === 'peerGroup';
  return (
    <PageSection id="commuting" title={t('jobs.commuting.heading')} busy={commuting.isFetching}>
      <Paragraph>{t(group ? 'jobs.commuting.introGroup' : 'jobs.commuting.intro')}</Paragraph>
      <QueryStatus query={commuting}>
        {(data) =>
          data.items.length === 0 ? (
            <NoJobsFigures text={t('jobs.empty.commuting', { subject: data.subject.name })} />
          ) : (
            <CommutingFigures data={data} />
          )
        }
      </QueryStatus>
    </PageSection>
  );
}

function CommutingFigures({ data }: { data: Commuting }) {
  const { t, language } = useI18n();
  const columns = useMemo(() => commutingColumns(t), [t]);
  const values = { subject: data.subject.name, from: data.items[0]?.year ?? '', to: data.items.at(-1)?.year ?? '' };
  const flowsSpec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      valueFormat: 'signed',
      labels: data.items.map((item) => item.year),
      series: [
        { label: t('jobs.columns.inCommuters'), data: data.items.map((item) => item.inCommuters), tone: 'success' },
        {
          label: t('jobs.columns.outCommuters'),
          data: data.items.map((item) => (item.outCommuters === null ? null : -item.outCommuters)),
          tone: 'warning',
        },
        { label: t('jobs.columns.net'), data: data.items.map((item) => item.net), tone: 'target', kind: 'line' },
      ],
    }),
    [data.items, t],
  );
  const shareSpec = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      valueFormat: 'percent',
      labels: data.items.map((item) => item.year),
      series: [{ label: t('jobs.columns.integrationShare'), data: data.items.map((item) => item.integrationShare), tone: 'accent' }],
    }),
    [data.items, t],
  );
  const inColumns = useMemo(() => flowColumns(t, 'in'), [t]);
  const outColumns = useMemo(() => flowColumns(t, 'out'), [t]);
  const latest = data.items.at(-1);

  return (
    <>
      <FigurePanel
        chart={{ spec: flowsSpec, label: t('jobs.commuting.chartLabel', values) }}
        caption={t('jobs.commuting.caption', values)}
        columns={columns}
        rows={data.items}
        rowKey={(item) => item.year}
        csvFileName={jobsCsvName(t('jobs.csv.commuting'), data.subject.name)}
        testId="commuting-table"
        nameDownload
      />
      <Paragraph data-size="sm" className="vekst-muted">
        {t('jobs.commuting.outShownNegative')}
      </Paragraph>
      <Heading level={3} data-size="sm">
        {t('jobs.commuting.integrationHeading')}
      </Heading>
      <Paragraph data-testid="integration-summary">
        {latest && latest.integrationShare !== null
          ? t('jobs.commuting.integrationSummary', {
              subject: data.subject.name,
              year: latest.year,
              share: formatPercent(latest.integrationShare, language),
            })
          : t('jobs.commuting.integrationUnknown')}
      </Paragraph>
      <LazyChart spec={shareSpec} label={t('jobs.commuting.integrationChartLabel', values)} />
      <Heading level={3} data-size="sm">
        {data.flowsYear ? t('jobs.commuting.flows.heading', { year: data.flowsYear }) : t('jobs.commuting.flows.headingPlain')}
      </Heading>
      {!data.flowsYear || (data.largestInflows.length === 0 && data.largestOutflows.length === 0) ? (
        <Paragraph>{t('jobs.empty.flows')}</Paragraph>
      ) : (
        <div className="vekst-columns">
          <div>
            <FigurePanel
              caption={t('jobs.commuting.flows.inCaption', { subject: data.subject.name, year: data.flowsYear })}
              columns={inColumns}
              rows={data.largestInflows}
              rowKey={(flow) => flow.municipality.code}
              csvFileName={jobsCsvName(t('jobs.csv.inflows'), data.subject.name)}
              testId="inflows-table"
              nameDownload
            />
          </div>
          <div>
            <FigurePanel
              caption={t('jobs.commuting.flows.outCaption', { subject: data.subject.name, year: data.flowsYear })}
              columns={outColumns}
              rows={data.largestOutflows}
              rowKey={(flow) => flow.municipality.code}
              csvFileName={jobsCsvName(t('jobs.csv.outflows'), data.subject.name)}
              testId="outflows-table"
              nameDownload
            />
          </div>
        </div>
      )}
      <JobsNotes notes={data.notes} />
    </>
  );
}
