import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { CaptionedTable } from '../../components/CaptionedTable';
import { DetailsList } from '../../components/DetailsList';
import { Missing } from '../../components/FigureTable';
import { KpiStatusTag, KpiTrendText } from '../../components/KpiStatus';
import { formatDate, formatInteger, formatNok, formatPercent, formatSignedInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { formatKpiValue } from '../../lib/kpis/format';
import type { CommentarySection, Report, ReportActivity, ReportCampaign, ReportKpiRow } from './api';

/** A figure that may be missing: "–" (read as "missing"), never 0. */
function orMissing(value: number | null, format: (value: number) => string): ReactNode {
  return value === null ? <Missing /> : format(value);
}

/** One of the report's sections, with its heading, its figures and (for the draft) its commentary. */
export function ReportSection({ section, children }: { section: CommentarySection; children: ReactNode }) {
  const { t } = useI18n();
  const headingId = `report-section-${section}`;
  return (
    <section aria-labelledby={headingId} className="vekst-section" data-testid={`report-${section}`}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t(`reports.sections.${section}`)}
      </Heading>
      {children}
    </section>
  );
}

/** The figures of one section, read from the report's JSON. */
export function SectionFigures({ section, report }: { section: CommentarySection; report: Report }) {
  switch (section) {
    case 'kpis':
      return <KpiTable report={report} />;
    case 'population':
      return <PopulationSummary report={report} />;
    case 'financing':
      return <FinancingSummary report={report} />;
    case 'campaigns':
      return <CampaignsTable report={report} />;
    case 'actionPlan':
      return <ActionPlanSummary report={report} />;
  }
}

function KpiTable({ report }: { report: Report }) {
  const { t, language } = useI18n();
  if (report.kpis.length === 0) return <Paragraph className="vekst-empty">{t('reports.kpis.empty')}</Paragraph>;
  const value = (row: ReportKpiRow) =>
    row.value === null ? (
      <Missing />
    ) : (
      t('reports.kpis.valueWithYear', { value: formatKpiValue(row.value, row.unit, language), year: row.valuePeriod ?? '' })
    );
  return (
    <CaptionedTable
      caption={`${t('reports.kpis.caption', { previous: report.previousPeriod })} ${t(`reports.kpis.previousSource.${report.previousSource}`)}`}
      testId="report-kpi-table"
      headers={[
        t('reports.kpis.columns.name'),
        t('reports.kpis.columns.value'),
        t('reports.kpis.columns.target'),
        t('reports.kpis.columns.status'),
        t('reports.kpis.columns.trend'),
        t('reports.kpis.columns.previous'),
        t('reports.kpis.columns.changed'),
      ]}
    >
      {report.kpis.map((row) => (
        <Table.Row key={row.key}>
          <Table.HeaderCell scope="row" className="vekst-words">
            {row.name[language]}
          </Table.HeaderCell>
          <Table.Cell className="vekst-nowrap">{value(row)}</Table.Cell>
          <Table.Cell className="vekst-nowrap">{orMissing(row.target, (target) => formatKpiValue(target, row.unit, language))}</Table.Cell>
          <Table.Cell>
            <KpiStatusTag status={row.status} />
          </Table.Cell>
          <Table.Cell>
            <KpiTrendText trend={row.trend} />
          </Table.Cell>
          <Table.Cell>{row.previous ? <KpiStatusTag status={row.previous.status} /> : <Missing />}</Table.Cell>
          <Table.Cell>
            {row.statusChanged ? (
              <Tag data-color="info" data-size="sm" data-testid="status-changed">
                {t('reports.kpis.changed')}
              </Tag>
            ) : (
              <span className="vekst-sr-only">{t('reports.kpis.unchanged')}</span>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

/** "Nådd" or "Ikke nådd" in words; nothing to say without a target. */
function useMetText(): (met: boolean | null) => string {
  const { t } = useI18n();
  return (met) => (met === null ? '' : ` (${t(met ? 'reports.targetMet' : 'reports.targetMissed')})`);
}

/**
 * The home municipality's jobs and businesses: the latest employment year and the register units of
 * the period. Not a commentary section; absent from versions published before jobs were reported.
 */
export function JobsSummary({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const j = report.jobs;
  if (!j) return null;
  const dash = '–';
  const year = j.year ?? '';
  const rows: [string, string][] = [
    [t('reports.population.municipality'), `${j.municipality.name} (${j.municipality.code})`],
    [t('reports.jobs.jobs', { year }), j.jobs === null ? dash : formatInteger(j.jobs, language)],
    [
      t('reports.jobs.growth', { year }),
      j.growth === null
        ? dash
        : j.growthPercent === null
          ? formatSignedInteger(j.growth, language)
          : `${formatSignedInteger(j.growth, language)} (${formatPercent(j.growthPercent, language, { signed: true })})`,
    ],
    [t('reports.jobs.employedResidents', { year }), j.employedResidents === null ? dash : formatInteger(j.employedResidents, language)],
    [t('reports.jobs.integrationShare', { year }), j.integrationShare === null ? dash : formatPercent(j.integrationShare, language)],
    [
      t('reports.jobs.enterprises'),
      t('reports.jobs.enterprisesValue', {
        registered: formatInteger(j.enterprisesRegistered, language),
        deleted: formatInteger(j.enterprisesDeleted, language),
        net: formatSignedInteger(j.enterprisesNet, language),
      }),
    ],
  ];
  return (
    <section aria-labelledby="report-section-jobs" className="vekst-section" data-testid="report-jobs">
      <Heading level={3} data-size="xs" id="report-section-jobs">
        {t('reports.jobs.heading')}
      </Heading>
      {j.year === null && <Paragraph className="vekst-empty">{t('reports.jobs.noEmployment')}</Paragraph>}
      <DetailsList rows={rows} testId="report-jobs-figures" />
    </section>
  );
}

function PopulationSummary({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const metText = useMetText();
  const p = report.population;
  const dash = '–';
  const rows: [string, string][] = [
    [t('reports.population.municipality'), p.municipality ? `${p.municipality.name} (${p.municipality.code})` : dash],
    [
      t('reports.population.population'),
      p.population === null
        ? dash
        : p.populationDate
          ? t('reports.population.asOf', { value: formatInteger(p.population, language), date: formatDate(p.populationDate, language) })
          : formatInteger(p.population, language),
    ],
    [
      t('reports.population.growth', { year: p.growthYear ?? dash }),
      p.growth === null
        ? dash
        : p.growthPercent === null
          ? formatSignedInteger(p.growth, language)
          : `${formatSignedInteger(p.growth, language)} (${formatPercent(p.growthPercent, language, { signed: true })})`,
    ],
    [
      t('reports.population.targetGrowth'),
      p.targetGrowthPercent === null ? dash : formatPercent(p.targetGrowthPercent, language) + metText(p.growthTargetMet),
    ],
    [t('reports.population.netMigration'), p.netMigration === null ? dash : formatSignedInteger(p.netMigration, language)],
    [
      t('reports.population.targetNetMigration'),
      p.targetNetInMigration === null ? dash : formatInteger(p.targetNetInMigration, language) + metText(p.netMigrationTargetMet),
    ],
  ];
  return <DetailsList rows={rows} testId="report-population-figures" />;
}

function FinancingSummary({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const f = report.financing;
  const nok = (value: number) => formatNok(value, language);
  const rows: [string, string][] = [
    [t('reports.financing.year'), String(f.year)],
    [
      t('reports.financing.turnover'),
      t('reports.financing.turnoverOfTarget', {
        turnover: nok(f.turnoverNok),
        target: nok(f.targetNok),
        percent: formatPercent(f.progressPercent, language, { decimals: 0 }),
      }),
    ],
    [t('reports.financing.remaining'), nok(f.remainingNok)],
    [t('reports.financing.agreements'), formatInteger(f.agreements, language)],
    [t('reports.financing.partners'), nok(f.partnersNok)],
    [t('reports.financing.invoiced'), nok(f.invoicedNok)],
    [t('reports.financing.paid'), nok(f.paidNok)],
    [t('reports.financing.outstanding'), nok(f.outstandingNok)],
    [
      t('reports.financing.renewal'),
      t('reports.financing.renewed', {
        renewed: formatInteger(f.renewal.renewedPartners, language),
        previous: formatInteger(f.renewal.previousYearPartners, language),
        rate: f.renewal.ratePercent === null ? '–' : formatPercent(f.renewal.ratePercent, language, { decimals: 0 }),
      }),
    ],
  ];
  return <DetailsList rows={rows} testId="report-financing-figures" />;
}

function CampaignsTable({ report }: { report: Report }) {
  const { t, language } = useI18n();
  if (report.campaigns.length === 0) return <Paragraph className="vekst-empty">{t('reports.campaigns.empty')}</Paragraph>;
  const targets = (campaign: ReportCampaign) =>
    campaign.targets.length === 0 ? (
      t('reports.campaigns.noTargets')
    ) : (
      <ul className="vekst-plain-list">
        {campaign.targets.map((target) => (
          <li key={target.metric}>
            {t('reports.campaigns.targetLine', {
              metric: t(`campaigns.metrics.${target.metric}`),
              actual: formatInteger(target.actual, language),
              target: formatInteger(target.target, language),
              percent: target.percent === null ? '–' : formatPercent(target.percent, language, { decimals: 0 }),
            })}
          </li>
        ))}
      </ul>
    );
  return (
    <CaptionedTable
      caption={t('reports.campaigns.caption')}
      testId="report-campaigns-table"
      headers={[
        t('reports.campaigns.columns.name'),
        t('reports.campaigns.columns.status'),
        t('reports.campaigns.columns.period'),
        t('reports.campaigns.columns.budget'),
        t('reports.campaigns.columns.spend'),
        t('reports.campaigns.columns.targets'),
      ]}
    >
      {report.campaigns.map((campaign) => (
        <Table.Row key={campaign.id}>
          <Table.HeaderCell scope="row" className="vekst-words">
            {campaign.name}
          </Table.HeaderCell>
          <Table.Cell className="vekst-words">{t(`campaigns.statuses.${campaign.status}`)}</Table.Cell>
          <Table.Cell className="vekst-nowrap">
            {t('reports.dateRange', { from: formatDate(campaign.startDate, language), to: formatDate(campaign.endDate, language) })}
          </Table.Cell>
          <Table.Cell className="vekst-nowrap">{formatNok(campaign.budgetNok, language)}</Table.Cell>
          <Table.Cell className="vekst-nowrap">{formatNok(campaign.spendNok, language)}</Table.Cell>
          <Table.Cell className="vekst-words">{targets(campaign)}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

function ActivityTable({ items, caption, testId }: { items: ReportActivity[]; caption: string; testId: string }) {
  const { t, language } = useI18n();
  return (
    <CaptionedTable
      caption={caption}
      testId={testId}
      headers={[
        t('reports.actionPlan.columns.title'),
        t('reports.actionPlan.columns.owner'),
        t('reports.actionPlan.columns.due'),
        t('reports.actionPlan.columns.status'),
      ]}
    >
      {items.map((item, index) => (
        <Table.Row key={`${item.title}-${index}`}>
          <Table.HeaderCell scope="row" className="vekst-words">
            {item.title}
          </Table.HeaderCell>
          <Table.Cell className="vekst-words">{item.owner ?? <Missing />}</Table.Cell>
          <Table.Cell className="vekst-nowrap">{item.dueDate ? formatDate(item.dueDate, language) : <Missing />}</Table.Cell>
          <Table.Cell className="vekst-words">{t(`actionPlan.statuses.${item.status}`)}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

function ActionPlanSummary({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const plan = report.actionPlan;
  const count = (value: number) => formatInteger(value, language);
  const rows: [string, string][] = [
    [t('actionPlan.statuses.planned'), count(plan.counts.planned)],
    [t('actionPlan.statuses.in-progress'), count(plan.counts.inProgress)],
    [t('actionPlan.statuses.done'), count(plan.counts.done)],
    [t('actionPlan.statuses.postponed'), count(plan.counts.postponed)],
    [t('actionPlan.statuses.cancelled'), count(plan.counts.cancelled)],
    [t('reports.actionPlan.late'), count(plan.late)],
    [t('reports.actionPlan.eventsHeld'), count(plan.events.length)],
  ];
  return (
    <>
      <Paragraph>{t('reports.actionPlan.year', { year: plan.year })}</Paragraph>
      <DetailsList rows={rows} testId="report-action-plan-counts" />
      {plan.lateItems.length > 0 ? (
        <ActivityTable items={plan.lateItems} caption={t('reports.actionPlan.lateCaption')} testId="report-late-items" />
      ) : (
        <Paragraph className="vekst-empty">{t('reports.actionPlan.noLate')}</Paragraph>
      )}
      {plan.postponedItems.length > 0 ? (
        <ActivityTable items={plan.postponedItems} caption={t('reports.actionPlan.postponedCaption')} testId="report-postponed-items" />
      ) : (
        <Paragraph className="vekst-empty">{t('reports.actionPlan.noPostponed')}</Paragraph>
      )}
      {plan.events.length > 0 ? (
        <CaptionedTable
          caption={t('reports.actionPlan.eventsCaption')}
          testId="report-events"
          headers={[
            t('reports.actionPlan.columns.event'),
            t('reports.actionPlan.columns.date'),
            t('reports.actionPlan.columns.place'),
            t('reports.actionPlan.columns.attendees'),
          ]}
        >
          {plan.events.map((event, index) => (
            <Table.Row key={`${event.name}-${event.date}-${index}`}>
              <Table.HeaderCell scope="row" className="vekst-words">
                {event.name}
              </Table.HeaderCell>
              <Table.Cell className="vekst-nowrap">
                {event.endDate && event.endDate !== event.date
                  ? t('reports.dateRange', { from: formatDate(event.date, language), to: formatDate(event.endDate, language) })
                  : formatDate(event.date, language)}
              </Table.Cell>
              <Table.Cell className="vekst-words">{event.place ?? <Missing />}</Table.Cell>
              <Table.Cell>{orMissing(event.attendees, (value) => formatInteger(value, language))}</Table.Cell>
            </Table.Row>
          ))}
        </CaptionedTable>
      ) : (
        <Paragraph className="vekst-empty">{t('reports.actionPlan.noEvents')}</Paragraph>
      )}
    </>
  );
}
