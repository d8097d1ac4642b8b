import type { ReportKind } from './api';

/** A period the page can show: the kind, its year and its number (tertial 1–3 or quarter 1–4). */
export type ReportPeriodChoice = { kind: ReportKind; year: number; part: number };

/** How many parts a year has: three tertials or four quarters. */
export function partsOf(kind: ReportKind): number {
  return kind === 'tertial' ? 3 : 4;
}

/** The contract's period key: "2026-T2", "2026-Q3". */
export function periodKey({ kind, year, part }: ReportPeriodChoice): string {
  return `${year}-${kind === 'tertial' ? 'T' : 'Q'}${part}`;
}

/** The tertial (T1 January–April, T2 May–August, T3 September–December) or quarter of a date. */
export function periodOf(kind: ReportKind, date: Date): ReportPeriodChoice {
  const monthsPerPart = kind === 'tertial' ? 4 : 3;
  return { kind, year: date.getFullYear(), part: Math.floor(date.getMonth() / monthsPerPart) + 1 };
}

/** A period key read back: "2026-T2" is the second tertial of 2026; null when it is none. */
export function periodFromKey(key: string | null): ReportPeriodChoice | null {
  const match = /^(\d{4})-([TQ])([1-4])$/.exec(key ?? '');
  if (!match) return null;
  const kind: ReportKind = match[2] === 'T' ? 'tertial' : 'quarterly';
  const part = Number(match[3]);
  return part <= partsOf(kind) ? { kind, year: Number(match[1]), part } : null;
}

/** Reads the page's search parameters; anything missing or invalid becomes the current period. */
export function parsePeriod(params: URLSearchParams, today: Date): ReportPeriodChoice {
  const kind: ReportKind = params.get('kind') === 'quarterly' ? 'quarterly' : 'tertial';
  const chosen = periodFromKey(params.get('period'));
  return chosen && chosen.kind === kind ? chosen : periodOf(kind, today);
}

/** The same time of year in the other kind: the tertial or quarter holding the period's first month. */
export function switchKind(choice: ReportPeriodChoice, kind: ReportKind): ReportPeriodChoice {
  const firstMonth = (choice.part - 1) * (choice.kind === 'tertial' ? 4 : 3);
  return periodOf(kind, new Date(choice.year, firstMonth, 1));
}

/** The years the chooser offers: the contract's first (2000 is too far back to be useful) to next year. */
export function chooserYears(today: Date, chosen: number): number[] {
  const last = today.getFullYear() + 1;
  const first = Math.min(2020, chosen);
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}
