import { Alert, Card, Heading, Paragraph, Table, Textfield, Checkbox } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { CaptionedTable } from '../../components/CaptionedTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import type { ScatterChartSpec } from '../../components/charts/chartSpec';
import { DetailsList } from '../../components/DetailsList';
import { FigurePanel, LazyChart } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { PageSection } from '../../components/PageSection';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../../lib/format';
import { useI18n, type Language } from '../../lib/i18n';
import type { Attractiveness, AttractivenessRow } from './api';
import { filterRows, fitLine, rowOrders, sortRows, type RowOrder } from './model';

const firstMigrationYear = (result: Attractiveness) => String(Number(result.from) + 1);

/** Says, above everything else, that some of the figures are generated and not Statistics Norway's. */
export function SyntheticWarning({ result }: { result: Attractiveness }) {
  const { t } = useI18n();
  if (result.syntheticMunicipalities <= 0) return null;
  return (
    <Alert data-color="warning" data-testid="synthetic-warning">
      <Heading level={2} data-size="xs">
        {t('analysis.synthetic.heading')}
      </Heading>
      <Paragraph>{t('analysis.synthetic.text', { count: result.syntheticMunicipalities, total: result.municipalitiesUsed })}</Paragraph>
    </Alert>
  );
}

/** The home municipality: its residual, its rank among all and in its groups. */
export function HomeSummary({ result }: { result: Attractiveness }) {
  const { t, language } = useI18n();
  const home = result.rows.find((row) => row.home);
  const perYear = (value: number) => t('analysis.summary.perYear', { value: formatPercent(value, language, { signed: true }) });
  return (
    <Card data-color="neutral" className="vekst-section" data-testid="home-summary">
      <Heading level={2} data-size="sm">
        {home ? `${t('analysis.summary.heading')}: ${home.municipality.name}` : t('analysis.summary.heading')}
      </Heading>
      {home ? (
        <>
          <Paragraph>{t(verdict(home.residual, language), { name: home.municipality.name })}</Paragraph>
          <DetailsList
            testId="home-figures"
            rows={[
              [
                t('analysis.summary.residual'),
                t('analysis.summary.residualValue', { value: formatDecimal(home.residual, language, { signed: true }) }),
              ],
              [t('analysis.summary.rank'), t('analysis.summary.rankValue', { rank: home.rank, of: result.municipalitiesUsed })],
              ...home.groupRanks.map(
                (group) =>
                  [
                    t('analysis.summary.groupRank', { name: group.name }),
                    t('analysis.summary.rankValue', { rank: group.rank, of: group.of }),
                  ] as const,
              ),
              [t('analysis.summary.actual'), perYear(home.netMigrationRate)],
              [t('analysis.summary.expected'), perYear(home.expectedNetMigrationRate)],
              [t('analysis.summary.jobGrowth'), perYear(home.jobGrowthRate)],
            ]}
          />
        </>
      ) : (
        <Paragraph>{t('analysis.summary.missing')}</Paragraph>
      )}
    </Card>
  );
}

function verdict(residual: number, language: Language) {
  // What the reader sees rounded to 0,00 is "about as expected", whatever its sign.
  if (formatDecimal(Math.abs(residual), language) === formatDecimal(0, language)) return 'analysis.summary.level' as const;
  return residual > 0 ? ('analysis.summary.above' as const) : ('analysis.summary.below' as const);
}

/** The name as the CSV and a screen reader get it, with "home municipality" and "peer" in words, not colour. */
function municipalityText(row: AttractivenessRow, markSynthetic: boolean, t: TFunction): string {
  const marks = [
    row.home && t('analysis.table.home'),
    row.peer && !row.home && t('analysis.table.peer'),
    markSynthetic && row.synthetic && t('analysis.synthetic.marker'),
  ];
  const words = marks.filter(Boolean).join(', ');
  return `${row.municipality.name} (${row.municipality.code})${words ? `, ${words}` : ''}`;
}

function columns(result: Attractiveness, t: TFunction): FigureColumn<AttractivenessRow>[] {
  // When every row is synthetic the warning above says so once; otherwise each synthetic row says it.
  const markSynthetic = result.rows.some((row) => !row.synthetic);
  return [
    { header: t('analysis.table.columns.rank'), value: (row) => row.rank, format: 'integer' },
    {
      header: t('analysis.table.columns.municipality'),
      rowHeader: true,
      words: true,
      format: 'text',
      value: (row) => municipalityText(row, markSynthetic, t),
      render: (row) => (
        <>
          {row.home ? <strong>{row.municipality.name}</strong> : row.municipality.name}
          <span className="vekst-muted"> ({row.municipality.code})</span>
          {row.home && <strong> ({t('analysis.table.home')})</strong>}
          {row.peer && !row.home && <> ({t('analysis.table.peer')})</>}
          {markSynthetic && row.synthetic && <span className="vekst-muted"> ({t('analysis.synthetic.marker')})</span>}
        </>
      ),
    },
    { header: t('analysis.table.columns.netMigrationRate'), value: (row) => row.netMigrationRate, format: 'signedDecimal' },
    { header: t('analysis.table.columns.jobGrowthRate'), value: (row) => row.jobGrowthRate, format: 'signedDecimal' },
    { header: t('analysis.table.columns.expected'), value: (row) => row.expectedNetMigrationRate, format: 'signedDecimal' },
    { header: t('analysis.table.columns.residual'), value: (row) => row.residual, format: 'signedDecimal' },
    {
      header: t('analysis.table.columns.population', { year: firstMigrationYear(result) }),
      value: (row) => row.population,
      format: 'integer',
    },
  ];
}

function scatterSpec(result: Attractiveness, t: TFunction): ScatterChartSpec {
  const point = (row: AttractivenessRow) => ({ x: row.jobGrowthRate, y: row.netMigrationRate, label: row.municipality.name });
  const home = result.rows.filter((row) => row.home);
  const peers = result.rows.filter((row) => row.peer && !row.home);
  const others = result.rows.filter((row) => !row.peer && !row.home);
  return {
    type: 'scatter',
    xTitle: t('analysis.chart.xTitle'),
    yTitle: t('analysis.chart.yTitle'),
    series: [
      { label: t('analysis.chart.others'), points: others.map(point), tone: 'neutral', pointStyle: 'circle', pointRadius: 3 },
      { label: t('analysis.chart.line'), points: fitLine(result), tone: 'target', line: true, dashed: true },
      ...(peers.length > 0
        ? [
            {
              label: t('analysis.chart.peers'),
              points: peers.map(point),
              tone: 'warning' as const,
              pointStyle: 'triangle' as const,
              pointRadius: 6,
            },
          ]
        : []),
      ...(home.length > 0
        ? [
            {
              label: t('analysis.chart.home'),
              points: home.map(point),
              tone: 'accent' as const,
              pointStyle: 'rectRot' as const,
              pointRadius: 9,
            },
          ]
        : []),
    ],
  };
}

/** The scatter chart over all the municipalities, and the ranked table (with a filter and a search) as its alternative. */
export function RankingSection({ result }: { result: Attractiveness }) {
  const { t } = useI18n();
  const [onlyOwn, setOnlyOwn] = useState(false);
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<RowOrder>('rank');
  const spec = useMemo(() => scatterSpec(result, t), [result, t]);
  const tableColumns = useMemo(() => columns(result, t), [result, t]);
  const rows = useMemo(() => sortRows(filterRows(result.rows, onlyOwn, search), order), [result.rows, onlyOwn, search, order]);
  const span = { from: result.from, to: result.to };
  const caption =
    rows.length === result.rows.length
      ? t('analysis.table.caption', span)
      : t('analysis.table.captionFiltered', { ...span, shown: rows.length, total: result.rows.length });

  return (
    <PageSection id="ranking" title={t('analysis.chart.heading')}>
      <LazyChart spec={spec} label={t('analysis.chart.label', { count: result.rows.length, ...span })} />
      <Paragraph data-size="sm" className="vekst-muted" data-testid="chart-caption">
        {t('analysis.chart.caption', { firstYear: firstMigrationYear(result) })}
      </Paragraph>
      <div className="vekst-toolbar vekst-toolbar--start">
        <Textfield
          label={t('analysis.table.search')}
          type="search"
          data-size="sm"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <LabelledSelect label={t('analysis.table.order')} value={order} onChange={(value) => setOrder(value as RowOrder)}>
          {rowOrders.map((key) => (
            <option key={key} value={key}>
              {t(`analysis.table.orders.${key}`)}
            </option>
          ))}
        </LabelledSelect>
        <Checkbox
          label={t('analysis.table.onlyOwn')}
          data-size="sm"
          checked={onlyOwn}
          onChange={(event) => setOnlyOwn(event.target.checked)}
        />
      </div>
      {rows.length === 0 ? (
        <Paragraph role="status">{t('analysis.table.none')}</Paragraph>
      ) : (
        <div className="vekst-attractiveness-table">
          <FigurePanel
            caption={caption}
            columns={tableColumns}
            rows={rows}
            rowKey={(row) => row.municipality.code}
            csvFileName={t('analysis.table.csvName', span)}
            testId="attractiveness-table"
            rowClassName={(row) => (row.home ? 'vekst-row-highlight' : undefined)}
          />
        </div>
      )}
    </PageSection>
  );
}

/** The fit: coefficients with standard errors, R², how many were used and left out. */
export function FitSection({ result }: { result: Attractiveness }) {
  const { t, language } = useI18n();
  const number = (value: number) => formatDecimal(value, language, { decimals: 3 });
  return (
    <PageSection id="fit" title={t('analysis.fit.heading')}>
      <Paragraph>{t('analysis.fit.intro', { used: formatInteger(result.municipalitiesUsed, language) })}</Paragraph>
      <CaptionedTable
        caption={t('analysis.fit.caption')}
        headers={[t('analysis.fit.term'), t('analysis.fit.estimate'), t('analysis.fit.standardError')]}
        testId="coefficients-table"
      >
        {result.coefficients.map((coefficient) => (
          <Table.Row key={coefficient.term}>
            <Table.HeaderCell scope="row">{t(`analysis.fit.terms.${coefficient.term}`)}</Table.HeaderCell>
            <Table.Cell>{number(coefficient.estimate)}</Table.Cell>
            <Table.Cell>({number(coefficient.standardError)})</Table.Cell>
          </Table.Row>
        ))}
      </CaptionedTable>
      <DetailsList
        testId="fit-figures"
        rows={[
          [t('analysis.fit.rSquared'), number(result.rSquared)],
          [t('analysis.fit.residualStandardError'), formatDecimal(result.residualStandardError, language)],
          [t('analysis.fit.used'), formatInteger(result.municipalitiesUsed, language)],
          [t('analysis.fit.incomplete'), formatInteger(result.municipalitiesIncomplete, language)],
          [t('analysis.fit.excluded'), formatInteger(result.excluded.length, language)],
        ]}
      />
    </PageSection>
  );
}

/** Municipalities left out for a boundary change within the span, with its date. */
export function ExcludedSection({ result }: { result: Attractiveness }) {
  const { t, language } = useI18n();
  return (
    <PageSection id="excluded" title={t('analysis.excluded.heading')}>
      <Paragraph>{t('analysis.excluded.intro')}</Paragraph>
      {result.excluded.length === 0 ? (
        <Paragraph>{t('analysis.excluded.none')}</Paragraph>
      ) : (
        <ul className="vekst-notes" data-testid="excluded-list">
          {result.excluded.map((exclusion) => (
            <li key={`${exclusion.municipality.code}-${exclusion.date}`}>
              {t('analysis.excluded.item', {
                municipality: `${exclusion.municipality.name} (${exclusion.municipality.code})`,
                reason: t(`analysis.excluded.reasons.${exclusion.reason}`),
                date: formatDate(exclusion.date, language),
              })}
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
