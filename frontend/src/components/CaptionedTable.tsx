import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

type CaptionedTableProps = {
  caption: string;
  /** The column headers, in order; each row's first cell is usually a row header. */
  headers: readonly string[];
  testId?: string;
  /** The rows (Table.Row). */
  children: ReactNode;
};

/**
 * A table of words and figures with its caption and column headers, in a scroll box that the
 * keyboard can reach (a wide table scrolls sideways on a narrow screen).
 */
export function CaptionedTable({ caption, headers, testId, children }: CaptionedTableProps) {
  return (
    <div className="vekst-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table data-size="sm" zebra data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers.map((header) => (
              <Table.HeaderCell key={header} scope="col">
                {header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}
