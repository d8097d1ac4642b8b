// The weekly metric grid's logic, apart from React: the week's dates, the cells' text from the
// recorded rows, and the one POST body of the rows that changed.
import { ApiError, type FieldError } from '../../lib/api/client';
import { todayIso } from '../../lib/dates';
import { parseNumber } from '../../lib/format';
import { metricKeys, type CampaignMetricRow, type MetricKey } from './api';

const DAY_MS = 86_400_000;

function parseIso(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(parseIso(iso) + days * DAY_MS);
}

/** The Monday of the week the date falls in (weeks run Monday–Sunday, as in Norway). */
export function mondayOf(iso: string): string {
  const weekday = new Date(parseIso(iso)).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

/** The seven dates of the week starting on this Monday. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The ISO 8601 week number, as Norwegian calendars print it. */
export function isoWeek(iso: string): number {
  const thursday = parseIso(addDays(mondayOf(iso), 3));
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / DAY_MS / 7) + 1;
}

/** The week to open first: this week while the campaign runs, else its first or last week. */
export function initialWeek(startDate: string, endDate: string, today = todayIso()): string {
  if (today < startDate) return mondayOf(startDate);
  if (today > endDate) return mondayOf(endDate);
  return mondayOf(today);
}

/** One row's six values as typed, keyed like the contract's fields. */
export type CellTexts = Record<MetricKey, string>;
/** The grid's rows by `date|channel`. */
export type GridTexts = Record<string, CellTexts>;

export const rowKey = (date: string, channel: string) => `${date}|${channel}`;

const emptyTexts = (): CellTexts => Object.fromEntries(metricKeys.map((key) => [key, ''])) as CellTexts;

/** The cell texts of every day and channel of the week, filled from the recorded rows. */
export function gridFromRows(
  rows: readonly CampaignMetricRow[],
  dates: readonly string[],
  channels: readonly string[],
  decimalComma = true,
) {
  const grid: GridTexts = {};
  for (const date of dates) for (const channel of channels) grid[rowKey(date, channel)] = emptyTexts();
  for (const row of rows) {
    const texts = grid[rowKey(row.date, row.channel)];
    if (!texts) continue;
    for (const key of metricKeys) {
      const value = row[key];
      if (value === null || value === undefined) continue;
      texts[key] = key === 'costNok' && decimalComma ? String(value).replace('.', ',') : String(value);
    }
  }
  return grid;
}

type Parsed = { value: number | null; valid: boolean };

/** A cell's text as a value: empty is null; counts are whole numbers, the cost has up to two decimals. */
export function parseCell(key: MetricKey, text: string): Parsed {
  if (text.trim() === '') return { value: null, valid: true };
  const value = parseNumber(text);
  if (!Number.isFinite(value) || value < 0) return { value: null, valid: false };
  if (key === 'costNok') return { value: Math.round(value * 100) / 100, valid: true };
  return Number.isInteger(value) ? { value, valid: true } : { value: null, valid: false };
}

export type GridChanges = {
  /** The body's rows: each changed day and channel with all six values (all null removes it). */
  rows: CampaignMetricRow[];
  /** `date|channel` of each row, in the same order, to put the server's `rows[i]` errors back in place. */
  keys: string[];
  /** Cells that are not numbers, by `date|channel|metric`. */
  invalid: string[];
};

/** What to send: the rows where any value differs from what was read, in full. */
export function changedRows(original: GridTexts, edited: GridTexts): GridChanges {
  const changes: GridChanges = { rows: [], keys: [], invalid: [] };
  for (const [key, texts] of Object.entries(edited)) {
    const before = original[key] ?? emptyTexts();
    let changed = false;
    const [date = '', channel = ''] = key.split('|');
    const row: CampaignMetricRow = { date, channel };
    for (const metric of metricKeys) {
      const now = parseCell(metric, texts[metric]);
      if (!now.valid) {
        changes.invalid.push(`${key}|${metric}`);
        continue;
      }
      if (now.value !== parseCell(metric, before[metric]).value) changed = true;
      row[metric] = now.value;
    }
    if (changed) {
      changes.rows.push(row);
      changes.keys.push(key);
    }
  }
  return changes;
}

/** The server's field errors (`rows[3].sessions`) as the cells they concern, by `date|channel|metric`. */
export function cellErrors(error: unknown, keys: readonly string[]): Record<string, FieldError> {
  if (!(error instanceof ApiError)) return {};
  const cells: Record<string, FieldError> = {};
  for (const fieldError of error.fieldErrors) {
    const match = /^rows\[(\d+)\]\.(\w+)$/.exec(fieldError.field);
    const key = match ? keys[Number(match[1])] : undefined;
    // A row's date or channel is not a cell: the alert above the grid names it.
    if (!match || !key || !(metricKeys as readonly string[]).includes(match[2] ?? '')) continue;
    cells[`${key}|${match[2]}`] = fieldError;
  }
  return cells;
}
