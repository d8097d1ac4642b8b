import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { ChartSpec, ChartValueFormat } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import { Missing, type FigureColumn } from '../../components/FigureTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { PageSection } from '../../components/PageSection';
import { QueryStatus } from '../../components/QueryStatus';
import { GroupOptions } from '../../components/SubjectChoices';
import type { Schemas } from '../../lib/api/client';
import { useI18n } from '../../lib/i18n';
import { comparisonGroup, decodeSubject, encodeSubject, subjectParams, type GroupSubject } from '../../lib/subjects';
import {
  useEmploymentComparison,
  useEnterpriseComparison,
  type EmploymentComparison,
  type EmploymentComparisonRow,
  type EnterpriseComparison,
  type EnterpriseComparisonRow,
} from './api';
import type { JobsPageState } from './pageState';
import { jobsCsvName, JobsNotes, NoJobsFigures } from './parts';

type Group = { key: string; name: string };
type Ranked = { rank: number | null; municipality: Schemas['MunicipalityRef']; home: boolean; member: boolean };

/** The municipality's name as the CSV and a screen reader get it: with "home municipality" in words, not colour. */
function municipalityLabel(row: Ranked, t: TFunction): string {
  if (!row.municipality.code) return row.municipality.name;
  const name = `${row.municipality.name} (${row.municipality.code})`;
  if (row.home && !row.member) return `${name}, ${t('jobs.comparison.home')}, ${t('jobs.comparison.notMember')}`;
  return row.home ? `${name}, ${t('jobs.comparison.home')}` : name;
}

function rankedColumns<Row extends Ranked>(t: TFunction): FigureColumn<Row>[] {
  return [
    {
      header: t('jobs.comparison.columns.rank'),
      value: (row) => row.rank,
      format: 'integer',
      // The group's total has no rank and needs none; a member without one is missing it.
      render: (row) => {
        if (row.rank !== null) return row.rank;
        return row.municipality.code ? <Missing /> : null;
      },
    },
    {
      header: t('jobs.comparison.columns.municipality'),
      rowHeader: true,
      words: true,
      value: (row) => municipalityLabel(row, t),
      format: 'text',
      render: (row): ReactNode => (
        <>
          {row.municipality.name}
          {row.municipality.code && <span className="vekst-muted"> ({row.municipality.code})</span>}
          {row.home && (
            <>
              {' '}
              <Tag data-size="sm" data-color="accent">
                {t('jobs.comparison.home')}
              </Tag>
            </>
          )}
          {row.home && !row.member && <span className="vekst-muted">, {t('jobs.comparison.notMember')}</span>}
        </>
      ),
    },
  ];
}

type EmploymentRow = EmploymentComparisonRow;
type EnterpriseRow = EnterpriseComparisonRow;

function employmentColumns(t: TFunction): FigureColumn<EmploymentRow>[] {
  return [
    ...rankedColumns<EmploymentRow>(t),
    { header: t('jobs.comparison.columns.jobsStart'), value: (row) => row.figures.jobsStart, format: 'integer' },
    { header: t('jobs.comparison.columns.jobsEnd'), value: (row) => row.figures.jobsEnd, format: 'integer' },
    { header: t('jobs.columns.growth'), value: (row) => row.figures.growth, format: 'signed' },
    { header: t('jobs.comparison.columns.growthPercent'), value: (row) => row.figures.growthPercent, format: 'signedPercent' },
    { header: t('jobs.columns.jobsPerEmployedResident'), value: (row) => row.figures.jobsPerEmployedResident, format: 'decimal' },
    { header: t('jobs.comparison.columns.privateShare'), value: (row) => row.figures.privateSharePercent, format: 'percent' },
  ];
}

function enterpriseColumns(t: TFunction): FigureColumn<EnterpriseRow>[] {
  return [
    ...rankedColumns<EnterpriseRow>(t),
    { header: t('jobs.columns.registered'), value: (row) => row.registered, format: 'integer' },
    { header: t('jobs.columns.deleted'), value: (row) => row.deleted, format: 'integer' },
    { header: t('jobs.columns.net'), value: (row) => row.net, format: 'signed' },
    { header: t('jobs.comparison.columns.registeredPer1000'), value: (row) => row.registeredPer1000Residents, format: 'decimal' },
    { header: t('jobs.comparison.columns.netPer1000'), value: (row) => row.netPer1000Residents, format: 'signedDecimal' },
  ];
}

function rankedChart<Row extends Ranked>(
  rows: readonly Row[],
  figure: (row: Row) => number | null,
  label: string,
  valueFormat: ChartValueFormat,
  t: TFunction,
): ChartSpec {
  return {
    type: 'bar',
    horizontal: true,
    valueFormat,
    labels: rows.map((row) => (row.home ? `${row.municipality.name} (${t('jobs.comparison.home')})` : row.municipality.name)),
    series: [{ label, data: rows.map(figure), tone: 'neutral', pointTones: rows.map((row) => (row.home ? 'accent' : 'neutral')) }],
  };
}

type ComparisonSectionProps = {
  state: JobsPageState;
  update: (changes: Partial<JobsPageState>) => void;
  regions: readonly Group[];
  peerGroups: readonly Group[];
};

/** Jobs growth and new enterprises per 1,000 across the region or a peer group, the home municipality marked. */
export function ComparisonSection({ state, update, regions, peerGroups }: ComparisonSectionProps) {
  const { t } = useI18n();
  const group = comparisonGroup(state.compare, state.subject, regions, peerGroups);
  const query = {
    ...(group ? subjectParams(group) : {}),
    ...(state.subject.kind === 'municipality' ? { municipality: state.subject.code } : {}),
    from: state.from,
    to: state.to,
  };
  const employment = useEmploymentComparison(query, group !== undefined);
  const enterprises = useEnterpriseComparison(query, group !== undefined);

  return (
    <PageSection id="comparison" title={t('jobs.comparison.heading')} busy={employment.isFetching || enterprises.isFetching}>
      <Paragraph>{t('jobs.comparison.intro')}</Paragraph>
      {!group ? (
        <Paragraph>{t('jobs.comparison.noGroups')}</Paragraph>
      ) : (
        <>
          <div className="vekst-toolbar vekst-toolbar--start">
            <LabelledSelect
              label={t('jobs.comparison.group')}
              value={encodeSubject(group)}
              onChange={(value) => update({ compare: decodeSubject(value) as GroupSubject })}
            >
              <GroupOptions kind="region" groups={regions} />
              <GroupOptions kind="peerGroup" groups={peerGroups} />
            </LabelledSelect>
          </div>
          <Heading level={3} data-size="sm">
            {t('jobs.comparison.jobsHeading')}
          </Heading>
          <QueryStatus query={employment}>{(data) => <EmploymentComparisonView data={data} />}</QueryStatus>
          <Heading level={3} data-size="sm">
            {t('jobs.comparison.enterprisesHeading')}
          </Heading>
          <QueryStatus query={enterprises}>{(data) => <EnterpriseComparisonView data={data} />}</QueryStatus>
        </>
      )}
    </PageSection>
  );
}

function EmploymentComparisonView({ data }: { data: EmploymentComparison }) {
  const { t } = useI18n();
  const columns = useMemo(() => employmentColumns(t), [t]);
  const values = { group: data.group.name, from: data.from, to: data.to };
  const spec = useMemo(
    () => rankedChart(data.rows, (row) => row.figures.growthPercent, t('jobs.comparison.columns.growthPercent'), 'percent', t),
    [data.rows, t],
  );
  const withFigures = data.rows.some((row) => row.figures.growthPercent !== null);
  const aggregate: EmploymentRow = {
    rank: null,
    municipality: { code: '', name: t('jobs.comparison.aggregate', { group: data.group.name }) },
    home: false,
    member: false,
    figures: data.aggregate,
  };
  return (
    <>
      <Paragraph>{t('jobs.comparison.jobsSpan', values)}</Paragraph>
      {!withFigures && <NoJobsFigures text={t('jobs.empty.comparison', values)} />}
      <FigurePanel
        chart={withFigures ? { spec, label: t('jobs.comparison.jobsChartLabel', values) } : undefined}
        caption={t('jobs.comparison.jobsCaption', values)}
        columns={columns}
        rows={data.rows}
        rowKey={(row) => row.municipality.code}
        footerRows={[aggregate]}
        rowClassName={(row) => (row.home ? 'vekst-row-highlight' : undefined)}
        csvFileName={jobsCsvName(t('jobs.csv.jobsComparison'), data.group.name)}
        testId="jobs-comparison-table"
        nameDownload
      />
      <JobsNotes notes={data.notes} />
    </>
  );
}

function EnterpriseComparisonView({ data }: { data: EnterpriseComparison }) {
  const { t } = useI18n();
  const columns = useMemo(() => enterpriseColumns(t), [t]);
  const values = { group: data.group.name, from: data.from, to: data.to };
  const spec = useMemo(
    () => rankedChart(data.rows, (row) => row.registeredPer1000Residents, t('jobs.comparison.columns.registeredPer1000'), 'decimal', t),
    [data.rows, t],
  );
  const withFigures = data.rows.some((row) => row.registeredPer1000Residents !== null);
  const aggregate: EnterpriseRow = {
    rank: null,
    municipality: { code: '', name: t('jobs.comparison.aggregate', { group: data.group.name }) },
    home: false,
    member: false,
    ...data.aggregate,
  };
  return (
    <>
      <Paragraph>{t('jobs.comparison.enterprisesSpan', values)}</Paragraph>
      {!withFigures && <NoJobsFigures text={t('jobs.empty.enterpriseComparison', values)} />}
      <FigurePanel
        chart={withFigures ? { spec, label: t('jobs.comparison.enterprisesChartLabel', values) } : undefined}
        caption={t('jobs.comparison.enterprisesCaption', values)}
        columns={columns}
        rows={data.rows}
        rowKey={(row) => row.municipality.code}
        footerRows={[aggregate]}
        rowClassName={(row) => (row.home ? 'vekst-row-highlight' : undefined)}
        csvFileName={jobsCsvName(t('jobs.csv.enterprisesComparison'), data.group.name)}
        testId="enterprises-comparison-table"
        nameDownload
      />
      <Paragraph data-size="sm" className="vekst-muted">
        {t('jobs.comparison.per1000Explained')}
      </Paragraph>
      <JobsNotes notes={data.notes} />
    </>
  );
}
