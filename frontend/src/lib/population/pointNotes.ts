import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';

type NotedPoint = Pick<Schemas['PopulationPoint'], 'seriesBreak' | 'flags'>;

/** Notes for a period: a series break (not growth) and the review flags on its values, in words. */
export function pointNotes(point: NotedPoint, t: TFunction): string[] {
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const notes = point.seriesBreak ? [t('dashboard.seriesBreak')] : [];
  for (const flag of point.flags) {
    if (flag === 'series-break' && point.seriesBreak) continue;
    notes.push(translate(`flags.${flag}`, { defaultValue: translate('flags.unknown', { flag }) }));
  }
  return notes;
}
