import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';

type NotedPoint = Pick<Schemas['PopulationPoint'], 'seriesBreak' | 'flags' | 'boundaryChanges'>;

/** Notes for a period: a series break (not growth) and the review flags on its values, in words. */
export function pointNotes(point: NotedPoint, t: TFunction): string[] {
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  // A break is a recorded boundary change, or stocks and flows that do not add up.
  const notes = point.seriesBreak ? [t(point.boundaryChanges.length > 0 ? 'dashboard.seriesBreak' : 'dashboard.seriesBreakResidual')] : [];
  for (const flag of point.flags) {
    if (flag === 'series-break' && point.seriesBreak) continue;
    notes.push(translate(`flags.${flag}`, { defaultValue: translate('flags.unknown', { flag }) }));
  }
  return notes;
}
