import { Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { PageSection } from '../../components/PageSection';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import { subjectParams } from '../../lib/subjects';
import {
  useEnterprises,
  type EnterpriseFigures,
  type EnterpriseFormCount,
  type EnterpriseIndustryCount,
  type EnterprisePeriod,
} from './api';
import type { JobsPageState } from './pageState';
import { jobsCsvName, JobsNotes, NoJobsFigures, type SectionNames } from './parts';

function periodColumns(t: TFunction): FigureColumn<EnterprisePeriod>[] {
  return [
    { header: t('jobs.columns.period'), value: (item) => item.period, format: 'text' },
    { header: t('jobs.columns.registered'), value: (item) => item.registered, format: 'integer' },
    { header: t('jobs.columns.deleted'), value: (item) => item.deleted, format: 'integer' },
    { header: t('jobs.columns.net'), value: (item) => item.net, format: 'signed' },
    { header: t('jobs.columns.population'), value: (item) => item.population, format: 'integer' },
    { header: t('jobs.columns.registeredPer1000Residents'), value: (item) => item.registeredPer1000Residents, format: 'decimal' },
  ];
}

type CountRow = { key: string; name: string; registered: number; deleted: number; net: number };

function countColumns(t: TFunction, first: string): FigureColumn<CountRow>[] {
  return [
    { header: first, value: (row) => row.name, format: 'text', words: true },
    { header: t('jobs.columns.registered'), value: (row) => row.registered, format: 'integer' },
    { header: t('jobs.columns.deleted'), value: (row) => row.deleted, format: 'integer' },
    { header: t('jobs.columns.net'), value: (row) => row.net, format: 'signed' },
  ];
}

function countChart(rows: readonly CountRow[], t: TFunction): ChartSpec {
  return {
    type: 'bar',
    horizontal: true,
    labels: rows.map((row) => row.name),
    series: [
      { label: t('jobs.columns.registered'), data: rows.map((row) => row.registered), tone: 'success' },
      { label: t('jobs.columns.deleted'), data: rows.map((row) => row.deleted), tone: 'warning' },
    ],
  };
}

/** New and closed enterprises from the register, per year or quarter, by industry and organisation form. */
export function EnterprisesSection({
  state,
  update,
  sectionName,
}: {
  state: JobsPageState;
  update: (changes: Partial<JobsPageState>) => void;
  sectionName: SectionNames;
}) {
  const { t } = useI18n();
  const enterprises = useEnterprises({ ...subjectParams(state.subject), from: state.from, to: state.to, granularity: state.granularity });
  return (
    <PageSection id="enterprises" title={t('jobs.enterprises.heading')} busy={enterprises.isFetching}>
      <Paragraph>{t('jobs.enterprises.intro')}</Paragraph>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('jobs.enterprises.granularity')}</Fieldset.Legend>
        {(['year', 'quarter'] as const).map((granularity) => (
          <Radio
            key={granularity}
            name="enterprise-granularity"
            label={t(`jobs.enterprises.granularities.${granularity}`)}
            value={granularity}
            checked={state.granularity === granularity}
            onChange={() => update({ granularity })}
          />
        ))}
      </Fieldset>
      <QueryStatus query={enterprises}>
        {(data) =>
          data.items.length === 0 ? (
            <NoJobsFigures text={t('jobs.empty.enterprises', { subject: data.subject.name })} />
          ) : (
            <EnterpriseFiguresView data={data} sectionName={sectionName} />
          )
        }
      </QueryStatus>
    </PageSection>
  );
}

function EnterpriseFiguresView({ data, sectionName }: { data: EnterpriseFigures; sectionName: SectionNames }) {
  const { t } = useI18n();
  const columns = useMemo(() => periodColumns(t), [t]);
  const values = { subject: data.subject.name, from: data.items[0]?.period ?? '', to: data.items.at(-1)?.period ?? '' };
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      labels: data.items.map((item) => item.period),
      series: [
        { label: t('jobs.columns.registered'), data: data.items.map((item) => item.registered), tone: 'success' },
        { label: t('jobs.columns.deleted'), data: data.items.map((item) => item.deleted), tone: 'warning' },
        { label: t('jobs.columns.net'), data: data.items.map((item) => item.net), tone: 'target', kind: 'line' },
      ],
    }),
    [data.items, t],
  );
  const perThousand = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      valueFormat: 'decimal',
      labels: data.items.map((item) => item.period),
      series: [
        {
          label: t('jobs.columns.registeredPer1000Residents'),
          data: data.items.map((item) => item.registeredPer1000Residents),
          tone: 'accent',
        },
      ],
    }),
    [data.items, t],
  );
  const industryRows = useMemo<CountRow[]>(
    () =>
      data.byIndustry.map((row: EnterpriseIndustryCount) => ({
        key: `${row.classification}:${row.section}`,
        name: row.section === 'unknown' ? t('jobs.enterprises.unknownSection') : sectionName(row.classification, row.section),
        registered: row.registered,
        deleted: row.deleted,
        net: row.net,
      })),
    [data.byIndustry, sectionName, t],
  );
  const formRows = useMemo<CountRow[]>(
    () =>
      data.byOrganisationForm.map((row: EnterpriseFormCount) => ({
        key: row.code,
        name: organisationFormName(row.code, t),
        registered: row.registered,
        deleted: row.deleted,
        net: row.net,
      })),
    [data.byOrganisationForm, t],
  );
  const span = { subject: data.subject.name, from: data.from ?? values.from, to: data.to ?? values.to };
  const sectionColumns = useMemo(() => countColumns(t, t('jobs.columns.section')), [t]);
  const formColumns = useMemo(() => countColumns(t, t('jobs.columns.organisationForm')), [t]);
  const industrySpec = useMemo(() => countChart(industryRows, t), [industryRows, t]);
  const formSpec = useMemo(() => countChart(formRows, t), [formRows, t]);

  return (
    <>
      <FigurePanel
        chart={{ spec, label: t('jobs.enterprises.chartLabel', values) }}
        caption={t('jobs.enterprises.caption', values)}
        columns={columns}
        rows={data.items}
        rowKey={(item) => item.period}
        csvFileName={jobsCsvName(t('jobs.csv.enterprises'), data.subject.name)}
        testId="enterprises-table"
        nameDownload
        foldOver={40}
      />
      <Heading level={3} data-size="sm">
        {t('jobs.enterprises.perThousandHeading')}
      </Heading>
      <FigurePanel
        chart={{ spec: perThousand, label: t('jobs.enterprises.perThousandChartLabel', values) }}
        caption={t('jobs.enterprises.perThousandCaption', values)}
        columns={columns.filter((_, index) => index === 0 || index === 1 || index === 4 || index === 5)}
        rows={data.items}
        rowKey={(item) => item.period}
        csvFileName={jobsCsvName(t('jobs.csv.enterprisesPer1000'), data.subject.name)}
        testId="enterprises-per-1000-table"
        nameDownload
        foldOver={40}
      />
      <Paragraph data-size="sm" className="vekst-muted">
        {t('jobs.enterprises.perThousandExplained')}
      </Paragraph>
      <Heading level={3} data-size="sm">
        {t('jobs.enterprises.byIndustryHeading', span)}
      </Heading>
      {industryRows.length === 0 ? (
        <Paragraph>{t('jobs.empty.byIndustry')}</Paragraph>
      ) : (
        <FigurePanel
          chart={{ spec: industrySpec, label: t('jobs.enterprises.byIndustryChartLabel', span) }}
          caption={t('jobs.enterprises.byIndustryCaption', span)}
          columns={sectionColumns}
          rows={industryRows}
          rowKey={(row) => row.key}
          csvFileName={jobsCsvName(t('jobs.csv.enterprisesByIndustry'), data.subject.name)}
          testId="enterprises-industry-table"
          nameDownload
        />
      )}
      <Heading level={3} data-size="sm">
        {t('jobs.enterprises.byFormHeading', span)}
      </Heading>
      {formRows.length === 0 ? (
        <Paragraph>{t('jobs.empty.byForm')}</Paragraph>
      ) : (
        <FigurePanel
          chart={{ spec: formSpec, label: t('jobs.enterprises.byFormChartLabel', span) }}
          caption={t('jobs.enterprises.byFormCaption', span)}
          columns={formColumns}
          rows={formRows}
          rowKey={(row) => row.key}
          csvFileName={jobsCsvName(t('jobs.csv.enterprisesByForm'), data.subject.name)}
          testId="enterprises-form-table"
          nameDownload
        />
      )}
      <JobsNotes notes={data.notes} />
    </>
  );
}

const knownForms = ['AS', 'ASA', 'ENK', 'NUF', 'DA', 'ANS', 'SA', 'STI', 'FLI', 'BA', 'KS', 'KF', 'IKS', 'ORGL', 'SF', 'BRL'] as const;

/** "Aksjeselskap (AS)": the register's code with its name where we know it. */
export function organisationFormName(code: string, t: TFunction): string {
  if (code === 'unknown') return t('jobs.enterprises.unknownForm');
  const known = (knownForms as readonly string[]).includes(code);
  return known ? `${t(`jobs.organisationForms.${code as (typeof knownForms)[number]}`)} (${code})` : code;
}
