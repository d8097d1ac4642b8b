import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { useAuth } from '../../lib/auth/AuthProvider';
import { useI18n } from '../../lib/i18n';
import type { ReportKind } from './api';
import { DraftSection } from './DraftReport';
import { parsePeriod, periodKey, type ReportPeriodChoice } from './period';
import { PeriodChooser, usePeriodLabel } from './PeriodChooser';
import { PublishedReportsSection, VersionsSection } from './PublishedReports';
import { PreviewDialog } from './ReportFiles';

/** The address of a period (and a version of it): `?kind=tertial&period=2026-T2&version=2`, so a report can be linked. */
function reportSearch(kind: ReportKind, period: string, version?: number): string {
  const params = new URLSearchParams({ kind, period });
  if (version) params.set('version', String(version));
  return `?${params.toString()}`;
}

export function ReportsPage() {
  const { t } = useI18n();
  usePageTitle(t('reports.title'));
  const { user } = useAuth();
  // Viewers read what is published; the draft (which answers 403 to them) is never asked for.
  const manage = user?.roles.some((role) => role === 'editor' || role === 'admin') ?? false;
  const periodLabel = usePeriodLabel();

  const [params, setParams] = useSearchParams();
  const today = useMemo(() => new Date(), []);
  const choice = parsePeriod(params, today);
  const { kind } = choice;
  const period = periodKey(choice);
  const versionParam = Number(params.get('version'));
  const version = Number.isInteger(versionParam) && versionParam > 0 ? versionParam : null;
  const periodName = periodLabel(choice);

  const choose = (next: ReportPeriodChoice) => setParams({ kind: next.kind, period: periodKey(next) }, { replace: true });
  const versionLink = (number: number) => reportSearch(kind, period, number);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('reports.title')}
      </Heading>
      <Paragraph>{t('reports.intro')}</Paragraph>
      <PeriodChooser value={choice} onChange={choose} />
      <Heading level={2} data-size="md" data-testid="report-period">
        {t(`reports.kinds.${kind}`)}: {periodName}
      </Heading>

      {manage && <DraftSection kind={kind} period={period} versionLink={versionLink} />}
      <VersionsSection kind={kind} period={period} periodName={periodName} versionLink={versionLink} />
      <PublishedReportsSection kind={kind} periodLink={(otherKind, otherPeriod) => reportSearch(otherKind, otherPeriod)} />

      {version !== null && (
        <PreviewDialog
          report={{ kind, period, version }}
          title={t('reports.preview.versionTitle', { period: periodName, version })}
          onClose={() => setParams({ kind, period }, { replace: true })}
        />
      )}
    </>
  );
}
