import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/renderApp';
import type { FigureColumn } from './FigureTable';
import { FigurePanel } from './FigurePanel';

type Row = { day: number };
const columns: FigureColumn<Row>[] = [{ header: 'Dag', value: (row) => String(row.day), format: 'text' }];
const days = (count: number): Row[] => Array.from({ length: count }, (_, index) => ({ day: index + 1 }));

function panel(rows: Row[]) {
  return (
    <FigurePanel
      caption="Dager"
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.day)}
      csvFileName="dager.csv"
      testId="days"
      foldOver={31}
    />
  );
}

describe('FigurePanel', () => {
  it('shows a table of up to foldOver rows open', () => {
    renderWithApp(panel(days(31)));
    expect(screen.queryByText(/Vis tabellen/)).toBeNull();
    expect(within(screen.getByTestId('days')).getAllByRole('row')).toHaveLength(32);
  });

  it('folds a longer table under a summary (a native control: keyboard works) that opens it', async () => {
    renderWithApp(panel(days(200)));
    const summary = screen.getByText('Vis tabellen (200 rader)');
    expect(summary.closest('details')?.open).toBe(false);
    await userEvent.click(summary);
    expect(summary.closest('details')?.open).toBe(true);
    expect(within(screen.getByTestId('days')).getAllByRole('row')).toHaveLength(201);
  });

  it('aligns a column of words to the start, header and cells alike', () => {
    const withWords: FigureColumn<Row>[] = [...columns, { header: 'Merknad', value: () => 'fri tekst', format: 'text', words: true }];
    renderWithApp(
      <FigurePanel
        caption="Dager"
        columns={withWords}
        rows={days(2)}
        rowKey={(row) => String(row.day)}
        csvFileName="d.csv"
        testId="days"
      />,
    );
    const table = screen.getByTestId('days');
    expect(within(table).getByRole('columnheader', { name: 'Merknad' })).toHaveClass('vekst-words');
    expect(
      within(table)
        .getAllByText('fri tekst')
        .every((cell) => cell.closest('td')?.classList.contains('vekst-words')),
    ).toBe(true);
    expect(within(table).getByRole('columnheader', { name: 'Dag' })).not.toHaveClass('vekst-words');
  });
});
