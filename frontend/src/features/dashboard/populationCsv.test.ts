import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { kongsbergSeries } from './fixtures';
import { tableCsv } from '../../components/FigureTable';
import { populationColumns } from './populationCsv';

describe('populationCsv', () => {
  const t = i18n.t.bind(i18n);
  const populationCsv = (points: typeof kongsbergSeries.points, translate: typeof t) => tableCsv(populationColumns(translate), points);

  it('has a translated header and one line a year, with decimal commas and empty missing values', () => {
    const lines = populationCsv(kongsbergSeries.points, t).slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'År;Innbyggere 1. januar;Innbyggere ved årets slutt;Vekst;Vekst i prosent;Merknad',
      '2021;27694;27879;185;0,67;',
      '2022;27879;28275;396;1,42;',
      '2023;28275;;;;',
    ]);
  });

  it('notes series breaks and flags', () => {
    const point = { ...kongsbergSeries.points[0]!, seriesBreak: true, flags: ['provisional', 'something-new'] };
    const line = populationCsv([point], t).slice(1).split('\r\n')[1];
    expect(line).toBe('2021;27694;27879;185;0,67;Brudd i serien (folketall og bevegelser avviker), Foreløpig, Merknad: something-new');
  });
});
