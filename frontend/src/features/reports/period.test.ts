import { describe, expect, it } from 'vitest';
import { chooserYears, parsePeriod, periodFromKey, periodKey, periodOf, switchKind } from './period';

const params = (query: string) => new URLSearchParams(query);

describe('report periods', () => {
  it('finds the tertial and quarter of a date', () => {
    expect(periodKey(periodOf('tertial', new Date(2026, 0, 15)))).toBe('2026-T1');
    expect(periodKey(periodOf('tertial', new Date(2026, 3, 30)))).toBe('2026-T1');
    expect(periodKey(periodOf('tertial', new Date(2026, 4, 1)))).toBe('2026-T2');
    expect(periodKey(periodOf('tertial', new Date(2026, 11, 3)))).toBe('2026-T3');
    expect(periodKey(periodOf('quarterly', new Date(2026, 6, 1)))).toBe('2026-Q3');
    expect(periodKey(periodOf('quarterly', new Date(2026, 11, 31)))).toBe('2026-Q4');
  });

  it('reads the address, and falls back to the current period of the kind', () => {
    const today = new Date(2026, 11, 3);
    expect(parsePeriod(params('kind=tertial&period=2025-T2'), today)).toEqual({ kind: 'tertial', year: 2025, part: 2 });
    expect(parsePeriod(params('kind=quarterly&period=2026-Q1'), today)).toEqual({ kind: 'quarterly', year: 2026, part: 1 });
    expect(parsePeriod(params(''), today)).toEqual({ kind: 'tertial', year: 2026, part: 3 });
    expect(parsePeriod(params('kind=quarterly&period=2026-T1'), today)).toEqual({ kind: 'quarterly', year: 2026, part: 4 });
    expect(parsePeriod(params('period=2026-T9'), today)).toEqual({ kind: 'tertial', year: 2026, part: 3 });
  });

  it('offers the years up to next year, and the chosen one even when older', () => {
    expect(chooserYears(new Date(2026, 0, 1), 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(chooserYears(new Date(2026, 0, 1), 2018).at(-1)).toBe(2018);
  });

  it('reads period keys back and moves between kinds at the same time of year', () => {
    expect(periodFromKey('2026-Q4')).toEqual({ kind: 'quarterly', year: 2026, part: 4 });
    expect(periodFromKey('2026-T4')).toBeNull();
    expect(switchKind({ kind: 'tertial', year: 2026, part: 2 }, 'quarterly')).toEqual({ kind: 'quarterly', year: 2026, part: 2 });
    expect(switchKind({ kind: 'quarterly', year: 2026, part: 4 }, 'tertial')).toEqual({ kind: 'tertial', year: 2026, part: 3 });
  });
});
