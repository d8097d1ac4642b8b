import type { Attractiveness, AttractivenessRow } from './api';

// The page's arithmetic, apart from React so it can be tested on its own.

export type SpanDraft = { from: string; to: string };
export type SpanErrors = { from?: 'yearFormat'; to?: 'yearFormat' | 'order' | 'tooLong' };

export const MAX_SPAN_YEARS = 30;

/** A year with four digits, or empty (the server then chooses); to after from, at most 30 years on. */
export function validateSpan(draft: SpanDraft): SpanErrors {
  const errors: SpanErrors = {};
  const year = (value: string) => value === '' || /^\d{4}$/.test(value);
  if (!year(draft.from)) errors.from = 'yearFormat';
  if (!year(draft.to)) errors.to = 'yearFormat';
  if (!errors.from && !errors.to && draft.from && draft.to) {
    const years = Number(draft.to) - Number(draft.from);
    if (years <= 0) errors.to = 'order';
    else if (years > MAX_SPAN_YEARS) errors.to = 'tooLong';
  }
  return errors;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? NaN;
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * The fitted line to draw across the job growth of the rows: intercept + b1 · x + b2 · m, where m
 * is the median of ln(population) (a line needs one size; the table gives each municipality its own).
 */
export function fitLine(result: Pick<Attractiveness, 'coefficients' | 'rows'>): { x: number; y: number }[] {
  if (result.rows.length === 0) return [];
  const estimate = (term: string) => result.coefficients.find((coefficient) => coefficient.term === term)?.estimate;
  const [intercept, jobGrowth, logPopulation] = [estimate('intercept'), estimate('jobGrowth'), estimate('logPopulation')];
  if (intercept === undefined || jobGrowth === undefined || logPopulation === undefined) return [];
  const size = median(result.rows.map((row) => Math.log(row.population)));
  const xs = result.rows.map((row) => row.jobGrowthRate);
  const at = (x: number) => ({ x, y: intercept + jobGrowth * x + logPopulation * size });
  return [at(Math.min(...xs)), at(Math.max(...xs))];
}

/** The rows shown in the table: optionally only the home municipality and the peers, and matching the search. */
export function filterRows(rows: readonly AttractivenessRow[], onlyOwn: boolean, search: string): AttractivenessRow[] {
  const needle = search.trim().toLocaleLowerCase('nb');
  return rows.filter(
    (row) =>
      (!onlyOwn || row.home || row.peer) &&
      (needle === '' || row.municipality.name.toLocaleLowerCase('nb').includes(needle) || row.municipality.code.startsWith(needle)),
  );
}

/** The orders the ranked table can be read in; `rank` (the most attractive first) is the default. */
export const rowOrders = ['rank', 'municipality', 'netMigrationRate', 'jobGrowthRate', 'population'] as const;
export type RowOrder = (typeof rowOrders)[number];

/** The rows in the chosen order: by rank, by name, or largest first for the figures; ties by rank. */
export function sortRows(rows: readonly AttractivenessRow[], order: RowOrder): AttractivenessRow[] {
  const largestFirst = (value: (row: AttractivenessRow) => number) => (a: AttractivenessRow, b: AttractivenessRow) =>
    value(b) - value(a) || a.rank - b.rank;
  const compare: Record<RowOrder, (a: AttractivenessRow, b: AttractivenessRow) => number> = {
    rank: (a, b) => a.rank - b.rank,
    municipality: (a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nb') || a.rank - b.rank,
    netMigrationRate: largestFirst((row) => row.netMigrationRate),
    jobGrowthRate: largestFirst((row) => row.jobGrowthRate),
    population: largestFirst((row) => row.population),
  };
  return [...rows].sort(compare[order]);
}

/** "Only 8 municipalities have complete data for 2019–2024; …": the count and span, when the server's text says them. */
export function parseTooFew(detail: string | undefined): { count: number; from: string; to: string } | null {
  const match = /(\d+) municipalit(?:y|ies)\D+?(\d{4})\s*[–-]\s*(\d{4})/.exec(detail ?? '');
  return match?.[2] && match[3] ? { count: Number(match[1]), from: match[2], to: match[3] } : null;
}
