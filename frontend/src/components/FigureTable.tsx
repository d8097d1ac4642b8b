import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, type CsvCell } from '../lib/csv';
import { formatDecimal, formatInteger, formatNok, formatPercent, formatSignedInteger } from '../lib/format';
import type { Language } from '../lib/i18n';

/** How a column's value reads: whole numbers, signed changes, percentages, per-1,000 rates, kroner or text. */
export type ValueFormat = 'integer' | 'signed' | 'percent' | 'signedPercent' | 'decimal' | 'signedDecimal' | 'nok' | 'text';

/**
 * One column, defined once for both the table and its CSV: `value` is the raw figure (what the
 * CSV holds), `format` how the table shows it, and `render` an optional richer cell.
 */
export type FigureColumn<Row> = {
  header: string;
  value: (row: Row) => string | number | null;
  format?: ValueFormat;
  render?: (row: Row) => ReactNode;
  /** This column names the row (a row header); by default the first one does. */
  rowHeader?: boolean;
  /** Words rather than figures: aligned to the start, not to the right. */
  words?: boolean;
};

const alignment = <Row,>(column: FigureColumn<Row>) => (column.words ? 'vekst-words' : undefined);

export function formatValue(value: number, format: ValueFormat, language: Language): string {
  switch (format) {
    case 'integer':
      return formatInteger(value, language);
    case 'signed':
      return formatSignedInteger(value, language);
    case 'percent':
      return formatPercent(value, language);
    case 'signedPercent':
      return formatPercent(value, language, { signed: true });
    case 'decimal':
      return formatDecimal(value, language);
    case 'signedDecimal':
      return formatDecimal(value, language, { signed: true });
    case 'nok':
      return formatNok(value, language);
    default:
      return String(value);
  }
}

// Norwegian Excel reads "1,42" as a number and "1.42" as text, so decimals use a comma.
function csvCell(value: string | number | null): CsvCell {
  if (typeof value === 'number') return String(value).replace('.', ',');
  return value;
}

/** The table as CSV: the same rows and columns the reader sees, unformatted, ready for Excel. */
export function tableCsv<Row>(columns: readonly FigureColumn<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => csvCell(column.value(row)))),
  );
}

/** A missing value: a dash to see, a word to hear. Never 0. */
export function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="vekst-sr-only">{t('dashboard.missing')}</span>
    </>
  );
}

function Cell<Row>({ column, row, language }: { column: FigureColumn<Row>; row: Row; language: Language }) {
  if (column.render) return <>{column.render(row)}</>;
  const value = column.value(row);
  if (value === null || value === '') return column.format === 'text' || column.format === undefined ? null : <Missing />;
  return <>{typeof value === 'number' ? formatValue(value, column.format ?? 'integer', language) : value}</>;
}

type FigureTableProps<Row> = {
  caption: string;
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  language: Language;
  /** Summary rows (such as a group's total) after the body, in the same columns. */
  footerRows?: readonly Row[];
  rowClassName?: (row: Row) => string | undefined;
  testId?: string;
};

/** Figures as a table, the first column heading each row: a chart's accessible alternative. */
export function FigureTable<Row>({ caption, columns, rows, rowKey, language, footerRows, rowClassName, testId }: FigureTableProps<Row>) {
  const headerIndex = Math.max(
    0,
    columns.findIndex((column) => column.rowHeader),
  );
  const line = (row: Row, key: string) => (
    <Table.Row key={key} className={rowClassName?.(row)}>
      {columns.map((column, index) =>
        index === headerIndex ? (
          <Table.HeaderCell scope="row" key={column.header}>
            <Cell column={column} row={row} language={language} />
          </Table.HeaderCell>
        ) : (
          <Table.Cell key={column.header} className={alignment(column)}>
            <Cell column={column} row={row} language={language} />
          </Table.Cell>
        ),
      )}
    </Table.Row>
  );
  return (
    <div className="vekst-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra data-size="sm" className="vekst-number-table" data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell scope="col" key={column.header} className={alignment(column)}>
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{rows.map((row) => line(row, rowKey(row)))}</Table.Body>
        {footerRows && footerRows.length > 0 && <Table.Foot>{footerRows.map((row, index) => line(row, `footer-${index}`))}</Table.Foot>}
      </Table>
    </div>
  );
}
