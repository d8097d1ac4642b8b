import { Card, Heading, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { useAuth } from '../../lib/auth/AuthProvider';
import { formatInteger, formatNok, formatPercent } from '../../lib/format';
import { useI18n, type Language } from '../../lib/i18n';
import { useFinancing, type Financing } from './api';
import { ContributionsSection } from './ContributionsSection';
import { TiersSection } from './TiersSection';

const FIRST_YEAR = 2019;

export function FinancingPage() {
  const { t } = useI18n();
  usePageTitle(t('financing.title'));
  const { user } = useAuth();
  const admin = user?.roles.includes('admin') ?? false;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const financing = useFinancing(year);
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, index) => thisYear + 1 - index);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('financing.title')}
      </Heading>
      <Paragraph>{t('financing.intro')}</Paragraph>
      <div className="vekst-toolbar vekst-toolbar--start">
        <LabelledSelect label={t('financing.year')} value={String(year)} onChange={(value) => setYear(Number(value))}>
          {years.map((candidate) => (
            <Select.Option key={candidate} value={String(candidate)}>
              {candidate}
            </Select.Option>
          ))}
        </LabelledSelect>
      </div>
      <QueryStatus query={financing}>{(data) => <Overview financing={data} />}</QueryStatus>
      {admin && (
        <>
          <ContributionsSection />
          <TiersSection />
        </>
      )}
    </>
  );
}

/** One decimal, as the server rounds them: "55,8 %". */
function formatOneDecimalPercent(value: number, language: Language): string {
  return formatPercent(value, language, { decimals: 1 });
}

function Overview({ financing }: { financing: Financing }) {
  const { t, language } = useI18n();
  const nok = (value: number) => formatNok(value, language);
  const percent = (value: number) => formatOneDecimalPercent(value, language);
  const { partners } = financing;
  const progressTextId = useId();
  const progressLabelId = useId();

  return (
    <>
      <section aria-labelledby="progress-heading" className="vekst-section">
        <Heading level={2} data-size="sm" id="progress-heading">
          {t('financing.progressHeading', { year: financing.year })}
        </Heading>
        <div className="vekst-progress">
          <span id={progressLabelId} className="vekst-sr-only">
            {t('financing.progressLabel')}
          </span>
          <progress
            max={100}
            value={Math.min(financing.progressPercent, 100)}
            aria-labelledby={progressLabelId}
            aria-describedby={progressTextId}
            aria-valuetext={t('financing.progressValue', { percent: percent(financing.progressPercent) })}
          />
          <Paragraph id={progressTextId} data-testid="financing-progress">
            {t('financing.progressText', {
              turnover: nok(financing.turnoverNok),
              target: nok(financing.targetNok),
              percent: percent(financing.progressPercent),
            })}{' '}
            {financing.remainingNok > 0 ? t('financing.remaining', { remaining: nok(financing.remainingNok) }) : t('financing.targetMet')}
          </Paragraph>
        </div>
        <dl className="vekst-figure-list" data-testid="financing-figures">
          <Figure label={t('financing.municipality')} value={nok(financing.municipalityContributionNok)} />
          <Figure
            label={t('financing.partnersTotal')}
            value={nok(partners.totalNok)}
            note={
              financing.partnersSharePercent === null
                ? t('financing.agreementCount', { count: partners.agreements })
                : t('financing.partnersShare', { share: percent(financing.partnersSharePercent), count: partners.agreements })
            }
            testId="financing-partners-total"
          />
          <Figure label={t('financing.cash')} value={nok(partners.cashNok)} />
          <Figure label={t('financing.inKind')} value={nok(partners.inKindNok)} />
          <Figure label={t('financing.invoiced')} value={nok(partners.invoicedNok)} />
          <Figure label={t('financing.paid')} value={nok(partners.paidNok)} testId="financing-paid" />
          <Figure label={t('financing.outstanding')} value={nok(partners.outstandingNok)} />
          <Figure
            label={t('financing.pipeline')}
            value={nok(partners.pipeline.draftNok + partners.pipeline.sentNok)}
            note={t('financing.pipelineNote', {
              drafts: formatInteger(partners.pipeline.draftCount, language),
              draftNok: nok(partners.pipeline.draftNok),
              sent: formatInteger(partners.pipeline.sentCount, language),
              sentNok: nok(partners.pipeline.sentNok),
            })}
          />
        </dl>
        <Paragraph className="vekst-muted">{t('financing.countingRule')}</Paragraph>
      </section>

      <BreakdownSection financing={financing} />
      <RenewalSection financing={financing} />
      <SeriesSection financing={financing} />
    </>
  );
}

function Figure({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <Card data-color="neutral" className="vekst-figure-card" data-testid={testId}>
      <dt>{label}</dt>
      <dd className="vekst-figure vekst-figure--small">{value}</dd>
      {note && <dd className="vekst-muted">{note}</dd>}
    </Card>
  );
}

type BreakdownRow = { label: string; agreements: number; cashNok: number; inKindNok: number; totalNok: number };

function breakdownColumns(t: ReturnType<typeof useI18n>['t'], first: string): FigureColumn<BreakdownRow>[] {
  return [
    { header: first, value: (row) => row.label, format: 'text' },
    { header: t('financing.columns.agreements'), value: (row) => row.agreements, format: 'integer' },
    { header: t('financing.columns.cash'), value: (row) => row.cashNok, format: 'nok' },
    { header: t('financing.columns.inKind'), value: (row) => row.inKindNok, format: 'nok' },
    { header: t('financing.columns.total'), value: (row) => row.totalNok, format: 'nok' },
  ];
}

function breakdownChart(rows: BreakdownRow[], t: ReturnType<typeof useI18n>['t']): ChartSpec {
  return {
    type: 'bar',
    horizontal: true,
    stacked: true,
    valueFormat: 'nok',
    labels: rows.map((row) => row.label),
    series: [
      { label: t('financing.columns.cash'), data: rows.map((row) => row.cashNok), tone: 'accent', stack: 'total' },
      { label: t('financing.columns.inKind'), data: rows.map((row) => row.inKindNok), tone: 'warning', stack: 'total' },
    ],
  };
}

function BreakdownSection({ financing }: { financing: Financing }) {
  const { t } = useI18n();
  const bySector: BreakdownRow[] = financing.bySector.map((row) => ({ ...row, label: t(`partners.sectors.${row.sector}`) }));
  const byTier: BreakdownRow[] = financing.byTier.map((row) => ({ ...row, label: row.tierName }));
  return (
    <>
      <section aria-labelledby="by-sector-heading" className="vekst-section">
        <Heading level={2} data-size="sm" id="by-sector-heading">
          {t('financing.bySectorHeading')}
        </Heading>
        <FigurePanel
          chart={{ spec: breakdownChart(bySector, t), label: t('financing.bySectorChart', { year: financing.year }) }}
          caption={t('financing.bySectorCaption', { year: financing.year })}
          columns={breakdownColumns(t, t('financing.columns.sector'))}
          rows={bySector}
          rowKey={(row) => row.label}
          csvFileName={`finansiering-sektor-${financing.year}.csv`}
          testId="financing-by-sector"
          nameDownload
        />
      </section>
      <section aria-labelledby="by-tier-heading" className="vekst-section">
        <Heading level={2} data-size="sm" id="by-tier-heading">
          {t('financing.byTierHeading')}
        </Heading>
        <FigurePanel
          chart={{ spec: breakdownChart(byTier, t), label: t('financing.byTierChart', { year: financing.year }) }}
          caption={t('financing.byTierCaption', { year: financing.year })}
          columns={breakdownColumns(t, t('financing.columns.tier'))}
          rows={byTier}
          rowKey={(row) => row.label}
          csvFileName={`finansiering-niva-${financing.year}.csv`}
          testId="financing-by-tier"
          nameDownload
        />
      </section>
    </>
  );
}

function RenewalSection({ financing }: { financing: Financing }) {
  const { t, language } = useI18n();
  const { renewal } = financing;
  return (
    <section aria-labelledby="renewal-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="renewal-heading">
        {t('financing.renewalHeading')}
      </Heading>
      <Paragraph data-testid="financing-renewal">
        {renewal.ratePercent === null
          ? t('financing.renewalNone', { year: financing.year - 1 })
          : t('financing.renewalRate', {
              rate: formatOneDecimalPercent(renewal.ratePercent, language),
              renewed: formatInteger(renewal.renewedPartners, language),
              previous: formatInteger(renewal.previousYearPartners, language),
              year: financing.year - 1,
            })}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('financing.notRenewedHeading', { year: financing.year })}
      </Heading>
      {financing.notRenewed.length === 0 ? (
        <Paragraph className="vekst-empty">{t('financing.notRenewedEmpty')}</Paragraph>
      ) : (
        <div className="vekst-table-scroll">
          <Table data-size="sm" zebra data-testid="financing-not-renewed">
            <caption>{t('financing.notRenewedHeading', { year: financing.year })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('partners.columns.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('financing.columns.sector')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('financing.columns.previousTotal', { year: financing.year - 1 })}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('financing.columns.currentStatus', { year: financing.year })}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {financing.notRenewed.map((item) => (
                <Table.Row key={item.partnerId}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/partners/${item.partnerId}`}>{item.name}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>{t(`partners.sectors.${item.sector}`)}</Table.Cell>
                  <Table.Cell className="vekst-number">{formatNok(item.previousYearTotalNok, language)}</Table.Cell>
                  <Table.Cell>
                    {item.currentStatus ? t(`partners.agreements.statuses.${item.currentStatus}`) : t('financing.noAgreement')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

type SeriesRow = Financing['series'][number];

function SeriesSection({ financing }: { financing: Financing }) {
  const { t } = useI18n();
  const rows = financing.series;
  const columns: FigureColumn<SeriesRow>[] = [
    { header: t('financing.columns.year'), value: (row) => String(row.year), format: 'text' },
    { header: t('financing.municipality'), value: (row) => row.municipalityContributionNok, format: 'nok' },
    { header: t('financing.cash'), value: (row) => row.partnersCashNok, format: 'nok' },
    { header: t('financing.inKind'), value: (row) => row.inKindNok, format: 'nok' },
    { header: t('financing.columns.turnover'), value: (row) => row.turnoverNok, format: 'nok' },
    { header: t('financing.columns.target'), value: (row) => row.targetNok, format: 'nok' },
  ];
  const spec: ChartSpec = {
    type: 'bar',
    stacked: true,
    valueFormat: 'nok',
    labels: rows.map((row) => String(row.year)),
    series: [
      { label: t('financing.municipality'), data: rows.map((row) => row.municipalityContributionNok), tone: 'success', stack: 'turnover' },
      { label: t('financing.cash'), data: rows.map((row) => row.partnersCashNok), tone: 'accent', stack: 'turnover' },
      { label: t('financing.inKind'), data: rows.map((row) => row.inKindNok), tone: 'warning', stack: 'turnover' },
      { label: t('financing.columns.target'), data: rows.map((row) => row.targetNok), tone: 'target', kind: 'line', dashed: true },
    ],
  };
  const first = rows[0]?.year ?? financing.year;
  return (
    <section aria-labelledby="series-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="series-heading">
        {t('financing.seriesHeading')}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph className="vekst-empty">{t('state.empty')}</Paragraph>
      ) : (
        <FigurePanel
          chart={{ spec, label: t('financing.seriesChart', { from: first, to: financing.year }) }}
          caption={t('financing.seriesCaption', { from: first, to: financing.year })}
          columns={columns}
          rows={rows}
          rowKey={(row) => String(row.year)}
          csvFileName={`finansiering-${first}-${financing.year}.csv`}
          testId="financing-series"
          nameDownload
        />
      )}
    </section>
  );
}
