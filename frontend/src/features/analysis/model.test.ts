import { describe, expect, it } from 'vitest';
import { attractiveness } from './fixtures';
import { filterRows, fitLine, median, parseTooFew, sortRows, validateSpan } from './model';

describe('the span', () => {
  it('takes empty years (the server chooses) or four digits, to after from, at most 30 years', () => {
    expect(validateSpan({ from: '', to: '' })).toEqual({});
    expect(validateSpan({ from: '2019', to: '' })).toEqual({});
    expect(validateSpan({ from: '2019', to: '2024' })).toEqual({});
    expect(validateSpan({ from: '1994', to: '2024' })).toEqual({});
    expect(validateSpan({ from: '1993', to: '2024' })).toEqual({ to: 'tooLong' });
    expect(validateSpan({ from: '2024', to: '2024' })).toEqual({ to: 'order' });
    expect(validateSpan({ from: '2025', to: '2024' })).toEqual({ to: 'order' });
    expect(validateSpan({ from: '19', to: '20x4' })).toEqual({ from: 'yearFormat', to: 'yearFormat' });
  });
});

describe('the fitted line', () => {
  it('runs over the range of job growth at the median of ln(population)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const size = (Math.log(95500) + Math.log(102800)) / 2;
    const [low, high] = fitLine(attractiveness);
    expect(low?.x).toBe(-0.4);
    expect(high?.x).toBe(1.5);
    expect(low?.y).toBeCloseTo(-1.2345 + 0.3821 * -0.4 + 0.1432 * size, 10);
    expect(high?.y).toBeCloseTo(-1.2345 + 0.3821 * 1.5 + 0.1432 * size, 10);
    expect(fitLine({ ...attractiveness, rows: [] })).toEqual([]);
    expect(fitLine({ ...attractiveness, coefficients: [] })).toEqual([]);
  });
});

describe('the table’s filters', () => {
  it('keeps the home municipality and the peers, and matches names or codes', () => {
    expect(filterRows(attractiveness.rows, true, '').map((row) => row.municipality.name)).toEqual(['Kongsberg', 'Drammen', 'Asker']);
    expect(filterRows(attractiveness.rows, false, '  BÆR ').map((row) => row.municipality.name)).toEqual(['Bærum']);
    expect(filterRows(attractiveness.rows, false, '4601').map((row) => row.municipality.name)).toEqual(['Bergen']);
    expect(filterRows(attractiveness.rows, true, 'bergen')).toEqual([]);
  });
});

describe('the too-few answer', () => {
  it('reads the count and the span from the server’s detail, and nothing from another text', () => {
    expect(parseTooFew('Only 8 municipalities have complete data for 2019–2024; the fit needs at least 50.')).toEqual({
      count: 8,
      from: '2019',
      to: '2024',
    });
    expect(parseTooFew('Only 1 municipality has complete data for 2019-2024; the fit needs at least 50.')).toEqual({
      count: 1,
      from: '2019',
      to: '2024',
    });
    expect(parseTooFew('Something else')).toBeNull();
    expect(parseTooFew(undefined)).toBeNull();
  });
});

describe('the order of the table', () => {
  it('is by rank by default, and by name or largest figure first on request, ties by rank', () => {
    const rows = attractiveness.rows;
    expect(sortRows(rows, 'rank').map((row) => row.rank)).toEqual([...rows].map((row) => row.rank).sort((a, b) => a - b));
    const byName = sortRows(rows, 'municipality').map((row) => row.municipality.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'nb')));
    const byPopulation = sortRows(rows, 'population').map((row) => row.population);
    expect(byPopulation).toEqual([...byPopulation].sort((a, b) => b - a));
    const byGrowth = sortRows(rows, 'jobGrowthRate').map((row) => row.jobGrowthRate);
    expect(byGrowth).toEqual([...byGrowth].sort((a, b) => b - a));
    expect(sortRows(rows, 'netMigrationRate')[0]!.netMigrationRate).toBe(Math.max(...rows.map((row) => row.netMigrationRate)));
    expect(rows).toEqual(attractiveness.rows);
  });
});
