import { Heading, Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { CaptionedTable } from '../../components/CaptionedTable';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { usePublishedReports, useReportVersions, type ReportKind } from './api';
import { periodFromKey } from './period';
import { usePeriodLabel } from './PeriodChooser';
import { DownloadButtons } from './ReportFiles';

type Links = {
  /** The page's address showing a period. */
  periodLink: (kind: ReportKind, period: string) => string;
  /** The page's address showing a version of the chosen period. */
  versionLink: (version: number) => string;
};

/** The chosen period's published versions, oldest first, each to read or download. */
export function VersionsSection({
  kind,
  period,
  periodName,
  versionLink,
}: { kind: ReportKind; period: string; periodName: string } & Pick<Links, 'versionLink'>) {
  const { t, language } = useI18n();
  const versions = useReportVersions(kind, period);
  return (
    <section aria-labelledby="report-versions-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="report-versions-heading">
        {t('reports.versions.heading')}
      </Heading>
      <QueryStatus query={versions} isEmpty={(items) => items.length === 0} emptyText={t('reports.versions.empty', { period: periodName })}>
        {(items) => (
          <CaptionedTable
            caption={t('reports.versions.caption', { period: periodName })}
            testId="report-versions"
            headers={[
              t('reports.versions.columns.version'),
              t('reports.versions.columns.publishedAt'),
              t('reports.versions.columns.publishedBy'),
              t('reports.versions.columns.files'),
            ]}
          >
            {items.map((item) => (
              <Table.Row key={item.version}>
                <Table.HeaderCell scope="row">{t('reports.files.versionTitle', { version: item.version })}</Table.HeaderCell>
                <Table.Cell className="vekst-nowrap">{formatDateTime(item.publishedAt, language)}</Table.Cell>
                <Table.Cell className="vekst-words">{item.publishedBy}</Table.Cell>
                <Table.Cell>
                  <div className="vekst-actions">
                    <Link asChild>
                      <RouterLink to={versionLink(item.version)}>{t('reports.versions.view', { version: item.version })}</RouterLink>
                    </Link>
                    <DownloadButtons report={{ kind, period, version: item.version }} />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </CaptionedTable>
        )}
      </QueryStatus>
    </section>
  );
}

/** Every period of the kind with a published report, newest first, with its latest version. */
export function PublishedReportsSection({ kind, periodLink }: { kind: ReportKind } & Pick<Links, 'periodLink'>) {
  const { t, language } = useI18n();
  const reports = usePublishedReports(kind);
  const periodLabel = usePeriodLabel();
  return (
    <section aria-labelledby="reports-published-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="reports-published-heading">
        {t(`reports.published.heading.${kind}`)}
      </Heading>
      <QueryStatus query={reports} isEmpty={(items) => items.length === 0} emptyText={t('reports.published.empty')}>
        {(items) => (
          <CaptionedTable
            caption={t(`reports.published.caption.${kind}`)}
            testId="published-reports"
            headers={[
              t('reports.published.columns.period'),
              t('reports.published.columns.dates'),
              t('reports.published.columns.latestVersion'),
              t('reports.published.columns.publishedAt'),
              t('reports.published.columns.publishedBy'),
            ]}
          >
            {items.map((item) => {
              const choice = periodFromKey(item.period);
              return (
                <Table.Row key={`${item.kind}-${item.period}`}>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={periodLink(item.kind, item.period)}>{choice ? periodLabel(choice) : item.period}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell className="vekst-nowrap">
                    {t('reports.dateRange', { from: formatDate(item.from, language), to: formatDate(item.to, language) })}
                  </Table.Cell>
                  <Table.Cell>{item.latestVersion}</Table.Cell>
                  <Table.Cell className="vekst-nowrap">{formatDateTime(item.publishedAt, language)}</Table.Cell>
                  <Table.Cell className="vekst-words">{item.publishedBy}</Table.Cell>
                </Table.Row>
              );
            })}
          </CaptionedTable>
        )}
      </QueryStatus>
    </section>
  );
}
