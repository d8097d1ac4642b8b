import { Button, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../lib/csv';
import { useI18n } from '../lib/i18n';
import type { ChartSpec } from './charts/chartSpec';
import { ErrorBoundary } from './ErrorBoundary';
import { FigureTable, tableCsv, type FigureColumn } from './FigureTable';

const ChartCanvas = lazy(() => import('./charts/ChartCanvas'));

/** A chart that loads on demand and never takes the page down; the table beside it has the figures. */
export function LazyChart({ spec, label }: { spec: ChartSpec; label: string }) {
  const { t } = useTranslation();
  const { language } = useI18n();
  return (
    <ErrorBoundary fallback={<Paragraph>{t('dashboard.chartFailed')}</Paragraph>}>
      <Suspense fallback={<Paragraph className="vekst-chart vekst-chart--loading">{t('dashboard.chartLoading')}</Paragraph>}>
        <ChartCanvas spec={spec} label={label} language={language} />
      </Suspense>
    </ErrorBoundary>
  );
}

type FigurePanelProps<Row> = {
  /** The chart and what it says to a screen reader; without one, the table stands alone. */
  chart?: { spec: ChartSpec; label: string };
  caption: string;
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  footerRows?: readonly Row[];
  rowClassName?: (row: Row) => string | undefined;
  csvFileName: string;
  testId?: string;
  /** Says which table the download button gets (a page with several tables needs it). */
  nameDownload?: boolean;
  /** A table with more rows than this starts folded (a year of days would make the page endless). */
  foldOver?: number;
};

/** Figures three ways: a chart, the same figures as a table, and the table as CSV for Excel. */
export function FigurePanel<Row>({
  chart,
  caption,
  columns,
  rows,
  rowKey,
  footerRows,
  rowClassName,
  csvFileName,
  testId,
  nameDownload = false,
  foldOver,
}: FigurePanelProps<Row>) {
  const { t, language } = useI18n();
  const download = () => downloadCsv(csvFileName, tableCsv(columns, [...rows, ...(footerRows ?? [])]));
  const table = (
    <FigureTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={rowKey}
      footerRows={footerRows}
      rowClassName={rowClassName}
      language={language}
      testId={testId}
    />
  );
  return (
    <>
      {chart && <LazyChart spec={chart.spec} label={chart.label} />}
      {foldOver !== undefined && rows.length > foldOver ? (
        <details className="vekst-figure-fold">
          <summary>{t('dashboard.showTable', { count: rows.length })}</summary>
          {table}
        </details>
      ) : (
        table
      )}
      <Button variant="secondary" onClick={download} className="vekst-download" data-testid={testId && `${testId}-csv`}>
        {t('dashboard.downloadCsv')}
        {nameDownload && <span className="vekst-sr-only">: {caption}</span>}
      </Button>
    </>
  );
}
