import type { UseQueryResult } from '@tanstack/react-query';
import { Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import type { ChartSeries, ChartSpec, ChartTone } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { PageSection } from '../../components/PageSection';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import type { Employment, EmploymentBasis, EmploymentIndustryYear, EmploymentYear } from './api';
import { jobsCsvName, JobsNotes, missingReason, NoJobsFigures, type MissingSymbol, type SectionNames } from './parts';

const range = (employment: Employment) => ({
  subject: employment.subject.name,
  from: employment.items[0]?.year ?? '',
  to: employment.items.at(-1)?.year ?? '',
});

/** The reasons for the year's missing values, in words: "Arbeidsplasser: skjermet". */
function missingNotes(item: EmploymentYear, t: TFunction): string {
  return Object.entries(item.missing ?? {})
    .map(([field, symbol]) => {
      const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
      const name = translate(`jobs.columns.${field}`, { defaultValue: field });
      return `${name}: ${missingReason(symbol as MissingSymbol, t)}`;
    })
    .join(', ');
}

function jobsColumns(t: TFunction): FigureColumn<EmploymentYear>[] {
  return [
    { header: t('jobs.columns.year'), value: (item) => item.year, format: 'text' },
    { header: t('jobs.columns.jobs'), value: (item) => item.jobs, format: 'integer' },
    { header: t('jobs.columns.growth'), value: (item) => item.growth, format: 'signed' },
    { header: t('jobs.columns.growthPercent'), value: (item) => item.growthPercent, format: 'signedPercent' },
    { header: t('jobs.columns.employedResidents'), value: (item) => item.employedResidents, format: 'integer' },
    { header: t('jobs.columns.jobsPerEmployedResident'), value: (item) => item.jobsPerEmployedResident, format: 'decimal' },
    { header: t('jobs.columns.notes'), value: (item) => missingNotes(item, t), format: 'text', words: true },
  ];
}

function ownershipColumns(t: TFunction): FigureColumn<EmploymentYear>[] {
  return [
    { header: t('jobs.columns.year'), value: (item) => item.year, format: 'text' },
    { header: t('jobs.columns.privateJobs'), value: (item) => item.privateJobs, format: 'integer' },
    { header: t('jobs.columns.publicJobs'), value: (item) => item.publicJobs, format: 'integer' },
    { header: t('jobs.columns.jobs'), value: (item) => item.jobs, format: 'integer' },
  ];
}

/** Sections 1–3 of the page, all from one answer: jobs over time, by ownership and by industry. */
export function EmploymentSections({ employment, names }: { employment: UseQueryResult<Employment>; names: SectionNames }) {
  const { t } = useI18n();
  const busy = employment.isFetching;
  const subject = employment.data?.subject.name;
  const empty = (data: Employment) => <NoJobsFigures text={t('jobs.empty.employment', { subject: data.subject.name })} />;
  return (
    <>
      <PageSection id="jobs" title={subject ? t('jobs.jobs.heading', { subject }) : t('jobs.jobs.headingPlain')} busy={busy}>
        <Paragraph>{t('jobs.jobs.intro')}</Paragraph>
        <QueryStatus query={employment}>{(data) => (data.items.length === 0 ? empty(data) : <JobsFigures data={data} />)}</QueryStatus>
        {employment.data && <JobsNotes notes={employment.data.notes} />}
      </PageSection>
      <PageSection id="ownership" title={t('jobs.ownership.heading')} busy={busy}>
        <Paragraph>{t('jobs.ownership.intro')}</Paragraph>
        <QueryStatus query={employment}>
          {(data) =>
            data.items.every((item) => item.privateJobs === null && item.publicJobs === null) ? (
              <Paragraph>{t('jobs.empty.ownership', { subject: data.subject.name })}</Paragraph>
            ) : (
              <OwnershipFigures data={data} />
            )
          }
        </QueryStatus>
      </PageSection>
      <PageSection id="industry" title={t('jobs.industry.heading')} busy={busy}>
        <Paragraph>{t('jobs.industry.intro')}</Paragraph>
        <QueryStatus query={employment}>
          {(data) =>
            data.byIndustry.length === 0 ? (
              <NoJobsFigures text={t('jobs.empty.industry', { subject: data.subject.name })} />
            ) : (
              <IndustryFigures data={data} names={names} />
            )
          }
        </QueryStatus>
      </PageSection>
    </>
  );
}

function JobsFigures({ data }: { data: Employment }) {
  const { t } = useI18n();
  const columns = useMemo(() => jobsColumns(t), [t]);
  const values = range(data);
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      labels: data.items.map((item) => item.year),
      series: [{ label: t('jobs.columns.jobs'), data: data.items.map((item) => item.jobs), tone: 'accent' }],
    }),
    [data.items, t],
  );
  return (
    <FigurePanel
      chart={{ spec, label: t('jobs.jobs.chartLabel', values) }}
      caption={t('jobs.jobs.caption', values)}
      columns={columns}
      rows={data.items}
      rowKey={(item) => item.year}
      csvFileName={jobsCsvName(t('jobs.csv.jobs'), data.subject.name)}
      testId="jobs-table"
      nameDownload
    />
  );
}

function OwnershipFigures({ data }: { data: Employment }) {
  const { t } = useI18n();
  const columns = useMemo(() => ownershipColumns(t), [t]);
  const values = range(data);
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      stacked: true,
      labels: data.items.map((item) => item.year),
      series: [
        { label: t('jobs.columns.privateJobs'), data: data.items.map((item) => item.privateJobs), tone: 'accent', stack: 'jobs' },
        { label: t('jobs.columns.publicJobs'), data: data.items.map((item) => item.publicJobs), tone: 'warning', stack: 'jobs' },
      ],
    }),
    [data.items, t],
  );
  return (
    <FigurePanel
      chart={{ spec, label: t('jobs.ownership.chartLabel', values) }}
      caption={t('jobs.ownership.caption', values)}
      columns={columns}
      rows={data.items}
      rowKey={(item) => item.year}
      csvFileName={jobsCsvName(t('jobs.csv.ownership'), data.subject.name)}
      testId="ownership-table"
      nameDownload
    />
  );
}

// ---------------------------------------------------------------- by industry

type IndustryRow = EmploymentIndustryYear & { name: string };

// Tones that differ from each other (accent and info are both blue); the rest are together in neutral.
const sectionTones: readonly ChartTone[] = ['accent', 'success', 'warning', 'danger'];
/** The largest sections get a bar each; the rest are summed, so the chart stays readable. */
const SECTIONS_CHARTED = sectionTones.length;

function industryColumns(t: TFunction): FigureColumn<IndustryRow>[] {
  return [
    { header: t('jobs.columns.year'), value: (row) => row.year, format: 'text' },
    { header: t('jobs.columns.section'), value: (row) => row.name, format: 'text', words: true, rowHeader: true },
    { header: t('jobs.columns.classification'), value: (row) => row.classification, format: 'text', words: true },
    { header: t('jobs.columns.persons'), value: (row) => row.persons, format: 'integer' },
    { header: t('jobs.columns.growth'), value: (row) => row.growth, format: 'signed' },
    { header: t('jobs.columns.growthPercent'), value: (row) => row.growthPercent, format: 'signedPercent' },
    {
      header: t('jobs.columns.notes'),
      value: (row) =>
        [
          row.seriesBreak ? t('jobs.industry.breakNote', { classification: row.classification }) : '',
          row.persons === null && row.missing ? missingReason(row.missing, t) : '',
        ]
          .filter(Boolean)
          .join(', '),
      format: 'text',
      words: true,
    },
  ];
}

/**
 * Bars per year: the largest sections of each classification, and the rest together. A section
 * letter means different things in SN2007 and SN2025, so each classification has its own series,
 * and the change between them is a marked break.
 */
function industryChart(rows: readonly IndustryRow[], years: readonly string[], breakYears: readonly string[], t: TFunction): ChartSpec {
  const series: ChartSeries[] = [];
  const classifications = [...new Set(rows.map((row) => row.classification))];
  for (const classification of classifications) {
    const own = rows.filter((row) => row.classification === classification);
    const totals = new Map<string, number>();
    for (const row of own) totals.set(row.section, (totals.get(row.section) ?? 0) + (row.persons ?? 0));
    const largest = [...totals]
      .sort(([, a], [, b]) => b - a)
      .slice(0, SECTIONS_CHARTED)
      .map(([section]) => section);
    const value = (year: string, pick: (row: IndustryRow) => boolean) => {
      const matching = own.filter((row) => row.year === year && pick(row));
      if (matching.length === 0) return null;
      return matching.reduce((sum, row) => sum + (row.persons ?? 0), 0);
    };
    largest.forEach((section, index) => {
      const name = own.find((row) => row.section === section)?.name ?? section;
      series.push({
        label: `${name} (${classification})`,
        data: years.map((year) => value(year, (row) => row.section === section)),
        tone: sectionTones[index] ?? 'neutral',
        stack: 'persons',
      });
    });
    if (totals.size > largest.length)
      series.push({
        label: t('jobs.industry.otherSections', { classification }),
        data: years.map((year) => value(year, (row) => !largest.includes(row.section))),
        tone: 'neutral',
        stack: 'persons',
      });
  }
  return {
    type: 'bar',
    stacked: true,
    labels: years,
    series,
    markers: breakYears.flatMap((year) => {
      const index = years.indexOf(year);
      const to = rows.find((row) => row.year === year)?.classification ?? '';
      return index < 0 ? [] : [{ index, label: t('jobs.industry.breakMarker', { classification: to }) }];
    }),
  };
}

function IndustryFigures({ data, names }: { data: Employment; names: SectionNames }) {
  const { t } = useI18n();
  const bases = [...new Set(data.byIndustry.map((row) => row.basis))];
  const [chosen, setChosen] = useState<EmploymentBasis>('workplace');
  const basis = bases.includes(chosen) ? chosen : (bases[0] ?? 'workplace');
  const rows = useMemo<IndustryRow[]>(
    () =>
      data.byIndustry
        .filter((row) => row.basis === basis)
        .map((row) => ({ ...row, name: names(row.classification, row.section) }))
        .sort((a, b) => a.year.localeCompare(b.year) || a.section.localeCompare(b.section)),
    [data.byIndustry, basis, names],
  );
  const breaks = data.seriesBreaks.filter((change) => change.basis === basis);
  const years = useMemo(() => [...new Set(rows.map((row) => row.year))], [rows]);
  const columns = useMemo(() => industryColumns(t), [t]);
  const spec = useMemo(
    () =>
      industryChart(
        rows,
        years,
        breaks.map((change) => change.year),
        t,
      ),
    [rows, years, breaks, t],
  );
  const values = {
    subject: data.subject.name,
    from: years[0] ?? '',
    to: years.at(-1) ?? '',
    basis: t(`jobs.industry.bases.${basis}`),
  };
  return (
    <>
      {bases.length > 1 && (
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('jobs.industry.basis')}</Fieldset.Legend>
          {(['workplace', 'residence'] as const).map((option) => (
            <Radio
              key={option}
              name="industry-basis"
              label={t(`jobs.industry.bases.${option}`)}
              value={option}
              checked={basis === option}
              onChange={() => setChosen(option)}
            />
          ))}
        </Fieldset>
      )}
      {breaks.length > 0 && (
        <div data-testid="industry-breaks">
          <Heading level={3} data-size="xs">
            {t('jobs.industry.breaksHeading')}
          </Heading>
          <ul className="vekst-notes">
            {breaks.map((change) => (
              <li key={`${change.year}-${change.basis}`}>
                {t('jobs.industry.breakText', { year: change.year, from: change.from, to: change.to })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FigurePanel
        chart={{ spec, label: t('jobs.industry.chartLabel', values) }}
        caption={t('jobs.industry.caption', values)}
        columns={columns}
        rows={rows}
        rowKey={(row) => `${row.year}-${row.classification}-${row.section}`}
        rowClassName={(row) => (row.seriesBreak ? 'vekst-row-break' : undefined)}
        csvFileName={jobsCsvName(t('jobs.csv.industry'), data.subject.name)}
        testId="industry-table"
        nameDownload
        foldOver={60}
      />
    </>
  );
}
