import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import { downloadReport, useReportHtml, type ReportFileFormat, type ReportRef } from './api';

/** "utkastet", "versjon 2": what a button's accessible name says it acts on. */
export function useReportName(): (report: ReportRef) => string {
  const { t } = useI18n();
  return (report) => (report.version === null ? t('reports.files.draft') : t('reports.files.version', { version: report.version }));
}

/** The PDF and CSV of the draft or of a published version, saved as files. */
export function DownloadButtons({ report }: { report: ReportRef }) {
  const { t } = useI18n();
  const name = useReportName()(report);
  const [pending, setPending] = useState<ReportFileFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: ReportFileFormat) => {
    setError(null);
    setPending(format);
    try {
      await downloadReport(report, format);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(null);
    }
  };
  return (
    <>
      {(['pdf', 'csv'] as const).map((format) => (
        <Button
          key={format}
          variant="secondary"
          data-size="sm"
          loading={pending === format}
          disabled={pending !== null}
          aria-label={t(`reports.files.download.${format}`, { name })}
          onClick={() => void download(format)}
        >
          {t(`reports.files.short.${format}`)}
        </Button>
      ))}
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}

/** The report as the server renders it, in a sandboxed frame: no scripts, no forms, no access to the app. */
export function PreviewDialog({ report, title, onClose }: { report: ReportRef; title: string; onClose: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const html = useReportHtml(report);
  return (
    <Dialog
      open
      onClose={onClose}
      closeButton={t('app.closeDialog')}
      aria-labelledby={headingId}
      className="vekst-dialog vekst-dialog--wide"
    >
      <div className="vekst-dialog__body">
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
        <QueryStatus query={html}>
          {(document) => <iframe className="vekst-report-frame" sandbox="" srcDoc={document} title={title} data-testid="report-preview" />}
        </QueryStatus>
        <div className="vekst-actions">
          <DownloadButtons report={report} />
          <Button variant="secondary" onClick={onClose}>
            {t('reports.preview.close')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
