import type { TFunction } from 'i18next';
import type { FigureColumn } from '../../components/FigureTable';
import { pointNotes } from '../../lib/population/pointNotes';
import type { PopulationPoint } from './api';

/** The dashboard's table, and so its CSV: population on 1 January and the year's growth. */
export function populationColumns(t: TFunction): FigureColumn<PopulationPoint>[] {
  return [
    { header: t('dashboard.columns.year'), value: (point) => point.period, format: 'text' },
    { header: t('dashboard.columns.populationStart'), value: (point) => point.populationStart, format: 'integer' },
    { header: t('dashboard.columns.populationEnd'), value: (point) => point.populationEnd, format: 'integer' },
    { header: t('dashboard.columns.growth'), value: (point) => point.growth, format: 'signed' },
    { header: t('dashboard.columns.growthPercent'), value: (point) => point.growthPercent, format: 'signedPercent' },
    { header: t('dashboard.columns.notes'), value: (point) => pointNotes(point, t).join(', '), format: 'text' },
  ];
}
