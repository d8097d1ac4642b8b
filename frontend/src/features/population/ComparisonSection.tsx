import { Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec, ChartValueFormat } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import { Missing, type FigureColumn, type ValueFormat } from '../../components/FigureTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { GroupOptions } from '../../components/SubjectChoices';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import {
  usePopulationComparison,
  type ComparisonFigure,
  type ComparisonFigures,
  type ComparisonRow,
  type PeerGroup,
  type PopulationComparison,
  type Region,
} from './api';
import { csvName } from './csvName';
import { comparisonFigures, decodeSubject, encodeSubject, subjectParams, type GroupSubject, type PageState } from './pageState';
import { MemberNotes, NoFigures, PageSection, periodList } from './shared';

const figureFormats: Record<ComparisonFigure, ValueFormat> = {
  growthPercent: 'signedPercent',
  growthPer1000: 'signedDecimal',
  naturalIncreasePer1000: 'signedDecimal',
  domesticNetMigrationPer1000: 'signedDecimal',
  internationalNetMigrationPer1000: 'signedDecimal',
  netMigrationPer1000: 'signedDecimal',
  growth: 'signed',
  populationEnd: 'integer',
};

const chartFormats: Record<ValueFormat, ChartValueFormat> = {
  integer: 'integer',
  signed: 'signed',
  percent: 'percent',
  signedPercent: 'percent',
  decimal: 'decimal',
  signedDecimal: 'decimal',
  nok: 'nok',
  text: 'integer',
};

// The table's figures: the rankable ones, between the start population and the adjustment (context, not ranks).
const tableFigures: readonly (keyof ComparisonFigures)[] = ['populationStart', ...comparisonFigures, 'adjustment'];

function figureFormat(figure: keyof ComparisonFigures): ValueFormat {
  if (figure === 'populationStart') return 'integer';
  if (figure === 'adjustment' || figure === 'seriesBreaks') return 'signed';
  return figureFormats[figure];
}

function municipalityLabel(row: ComparisonRow, t: TFunction): string {
  if (!row.municipality.code) return row.municipality.name;
  const name = `${row.municipality.name} (${row.municipality.code})`;
  if (row.home && !row.member) return `${name}, ${t('population.comparison.home')}, ${t('population.comparison.notMember')}`;
  return row.home ? `${name}, ${t('population.comparison.home')}` : name;
}

function comparisonColumns(t: TFunction): FigureColumn<ComparisonRow>[] {
  return [
    {
      header: t('population.comparison.columns.rank'),
      value: (row) => row.rank,
      format: 'integer',
      render: (row) => (row.rank === null ? <Missing /> : row.rank),
    },
    {
      header: t('population.comparison.columns.municipality'),
      rowHeader: true,
      value: (row) => municipalityLabel(row, t),
      format: 'text',
      render: (row) => (
        <>
          {row.municipality.name}
          {row.municipality.code && <span className="vekst-muted"> ({row.municipality.code})</span>}
          {row.home && (
            <>
              {' '}
              <Tag data-size="sm" data-color="accent">
                {t('population.comparison.home')}
              </Tag>
            </>
          )}
          {row.home && !row.member && <span className="vekst-muted">, {t('population.comparison.notMember')}</span>}
        </>
      ),
    },
    ...tableFigures.map((figure) => ({
      header: t(`population.comparison.figures.${figure}`),
      value: (row: ComparisonRow) => row.figures[figure],
      format: figureFormat(figure),
    })),
    {
      header: t('population.comparison.columns.missingPeriods'),
      value: (row) => periodList(row.missingPeriods),
      format: 'text',
    },
  ];
}

type ComparisonSectionProps = {
  state: PageState;
  update: (changes: Partial<PageState>) => void;
  regions: readonly Region[];
  peerGroups: readonly PeerGroup[];
};

/** The subject beside every member of a region or peer group, ranked by a figure the reader picks. */
export function ComparisonSection({ state, update, regions, peerGroups }: ComparisonSectionProps) {
  const { t } = useI18n();
  const group: GroupSubject | undefined =
    state.compare ??
    (state.subject.kind === 'region' || state.subject.kind === 'peerGroup'
      ? state.subject
      : regions[0]
        ? { kind: 'region', key: regions[0].key }
        : peerGroups[0]
          ? { kind: 'peerGroup', key: peerGroups[0].key }
          : undefined);
  const comparison = usePopulationComparison(
    {
      ...(group ? subjectParams(group) : {}),
      ...(state.subject.kind === 'municipality' ? { municipality: state.subject.code } : {}),
      from: state.from,
      to: state.to,
      variant: state.variant,
      rankBy: state.rankBy,
    },
    group !== undefined,
  );

  return (
    <PageSection id="comparison" title={t('population.comparison.heading')} busy={comparison.isFetching}>
      <Paragraph>{t('population.comparison.intro')}</Paragraph>
      {!group ? (
        <Paragraph>{t('population.comparison.noGroups')}</Paragraph>
      ) : (
        <>
          <div className="vekst-toolbar vekst-toolbar--start">
            <LabelledSelect
              label={t('population.comparison.group')}
              value={encodeSubject(group)}
              onChange={(value) => update({ compare: decodeSubject(value) as GroupSubject })}
            >
              <GroupOptions kind="region" groups={regions} />
              <GroupOptions kind="peerGroup" groups={peerGroups} />
            </LabelledSelect>
            <LabelledSelect
              label={t('population.comparison.rankBy')}
              value={state.rankBy}
              onChange={(value) => update({ rankBy: value as ComparisonFigure })}
            >
              {comparisonFigures.map((figure) => (
                <Select.Option key={figure} value={figure}>
                  {t(`population.comparison.figures.${figure}`)}
                </Select.Option>
              ))}
            </LabelledSelect>
          </div>
          <QueryStatus query={comparison}>{(data) => <ComparisonFiguresView data={data} />}</QueryStatus>
        </>
      )}
    </PageSection>
  );
}

function ComparisonFiguresView({ data }: { data: PopulationComparison }) {
  const { t } = useI18n();
  const columns = useMemo(() => comparisonColumns(t), [t]);
  const rankBy = data.rankBy;
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      horizontal: true,
      valueFormat: chartFormats[figureFormats[rankBy]],
      labels: data.rows.map((row) => (row.home ? `${row.municipality.name} (${t('population.comparison.home')})` : row.municipality.name)),
      series: [
        {
          label: t(`population.comparison.figures.${rankBy}`),
          data: data.rows.map((row) => row.figures[rankBy]),
          tone: 'neutral',
          pointTones: data.rows.map((row) => (row.home ? 'accent' : 'neutral')),
        },
      ],
    }),
    [data.rows, rankBy, t],
  );
  const aggregate: ComparisonRow = {
    rank: null,
    municipality: { code: '', name: t('population.comparison.aggregate', { group: data.group.name }) },
    home: false,
    member: false,
    figures: data.aggregate,
    missingPeriods: [],
  };
  const values = {
    group: data.group.name,
    from: data.from,
    to: data.to,
    years: data.years,
    figure: t(`population.comparison.figures.${rankBy}`),
  };
  const withFigures = data.rows.filter((row) => row.figures[rankBy] !== null);

  return (
    <>
      <Paragraph data-testid="comparison-span">{t('population.comparison.span', values)}</Paragraph>
      {withFigures.length === 0 && <NoFigures text={t('population.empty.comparison', values)} />}
      <FigurePanel
        chart={withFigures.length > 0 ? { spec, label: t('population.comparison.chartLabel', values) } : undefined}
        caption={t('population.comparison.caption', { ...values, variant: t(`variants.${data.variant}`) })}
        columns={columns}
        rows={data.rows}
        rowKey={(row) => row.municipality.code}
        footerRows={[aggregate]}
        rowClassName={(row) => (row.home ? 'vekst-row-highlight' : undefined)}
        csvFileName={csvName(t, 'comparison', data.group.name, data.variant)}
        testId="comparison-table"
        nameDownload
      />
      <Paragraph data-size="sm" className="vekst-muted">
        {t('population.comparison.per1000Explained')}
      </Paragraph>
      <MemberNotes notes={data.notes} />
    </>
  );
}
