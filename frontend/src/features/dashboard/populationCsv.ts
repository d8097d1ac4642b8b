import type { TFunction } from 'i18next';
import { toCsv } from '../../lib/csv';
import type { PopulationPoint } from './api';

// Norwegian Excel reads "1,42" as a number and "1.42" as text, so decimals use a comma.
function decimal(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** The population table as CSV: the same rows and columns the reader sees, without formatting. */
export function populationCsv(points: readonly PopulationPoint[], t: TFunction): string {
  const header = [
    t('dashboard.columns.year'),
    t('dashboard.columns.populationStart'),
    t('dashboard.columns.populationEnd'),
    t('dashboard.columns.growth'),
    t('dashboard.columns.growthPercent'),
    t('dashboard.columns.notes'),
  ];
  const rows = points.map((point) => [
    point.period,
    point.populationStart,
    point.populationEnd,
    point.growth,
    decimal(point.growthPercent),
    pointNotes(point, t).join(', '),
  ]);
  return toCsv(header, rows);
}

/** Notes for a year: a series break (a boundary change, not growth) and any data flags. */
export function pointNotes(point: PopulationPoint, t: TFunction): string[] {
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const notes = point.seriesBreak ? [t('dashboard.seriesBreak')] : [];
  for (const flag of point.flags) {
    if (flag === 'series-break' && point.seriesBreak) continue;
    notes.push(translate(`flags.${flag}`, { defaultValue: translate('flags.unknown', { flag }) }));
  }
  return notes;
}
