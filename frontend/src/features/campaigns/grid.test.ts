import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/client';
import { cellErrors, changedRows, gridFromRows, initialWeek, isoWeek, mondayOf, parseCell, rowKey, weekDates } from './grid';

describe('the week of the metric grid', () => {
  it('runs Monday to Sunday, across months and years', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(isoWeek('2026-03-02')).toBe(10);
    expect(isoWeek('2027-01-03')).toBe(53);
  });

  it('opens on this week while the campaign runs, else on its first or last week', () => {
    expect(initialWeek('2026-03-01', '2026-10-31', '2026-05-13')).toBe('2026-05-11');
    expect(initialWeek('2026-03-01', '2026-10-31', '2026-01-10')).toBe('2026-02-23');
    expect(initialWeek('2026-03-01', '2026-10-31', '2027-01-10')).toBe('2026-10-26');
  });
});

describe('the grid’s cells', () => {
  const dates = weekDates('2026-03-02');
  const channels = ['meta', 'web'];
  const recorded = [
    { date: '2026-03-02', channel: 'meta', impressions: 12000, reach: 8000, clicks: 240, sessions: 180, leads: null, costNok: 1500.5 },
  ];

  it('shows what is recorded, empty where nothing is, the cost with a decimal comma', () => {
    const grid = gridFromRows(recorded, dates, channels);
    expect(Object.keys(grid)).toHaveLength(14);
    expect(grid[rowKey('2026-03-02', 'meta')]).toEqual({
      impressions: '12000',
      reach: '8000',
      clicks: '240',
      sessions: '180',
      leads: '',
      costNok: '1500,5',
    });
    expect(grid[rowKey('2026-03-03', 'web')]?.sessions).toBe('');
  });

  it('reads numbers as Norwegians type them and refuses what is not a count', () => {
    expect(parseCell('sessions', ' 1 200 ')).toEqual({ value: 1200, valid: true });
    expect(parseCell('sessions', '')).toEqual({ value: null, valid: true });
    expect(parseCell('sessions', '1,5').valid).toBe(false);
    expect(parseCell('leads', '-1').valid).toBe(false);
    expect(parseCell('costNok', '1 500,257')).toEqual({ value: 1500.26, valid: true });
    expect(parseCell('costNok', 'ti').valid).toBe(false);
  });

  it('sends only the changed rows, each in full; an emptied row is all nulls, which removes it', () => {
    const original = gridFromRows(recorded, dates, channels);
    const edited = structuredClone(original);
    edited[rowKey('2026-03-03', 'web')]!.sessions = '95';
    edited[rowKey('2026-03-03', 'web')]!.costNok = '250,50';
    for (const key of Object.keys(edited[rowKey('2026-03-02', 'meta')]!)) edited[rowKey('2026-03-02', 'meta')]![key as 'reach'] = '';
    // The same number written differently is no change.
    const unchanged = { ...original, [rowKey('2026-03-02', 'meta')]: { ...original[rowKey('2026-03-02', 'meta')]!, costNok: '1500.50' } };
    expect(changedRows(original, unchanged).rows).toEqual([]);

    const changes = changedRows(original, edited);
    expect(changes.invalid).toEqual([]);
    expect(changes.keys).toEqual(['2026-03-02|meta', '2026-03-03|web']);
    expect(changes.rows).toEqual([
      { date: '2026-03-02', channel: 'meta', impressions: null, reach: null, clicks: null, sessions: null, leads: null, costNok: null },
      { date: '2026-03-03', channel: 'web', impressions: null, reach: null, clicks: null, sessions: 95, leads: null, costNok: 250.5 },
    ]);
  });

  it('names the cells that are not numbers, and sends nothing for them', () => {
    const original = gridFromRows([], dates, channels);
    const edited = { ...original, [rowKey('2026-03-04', 'meta')]: { ...original[rowKey('2026-03-04', 'meta')]!, clicks: '12x' } };
    expect(changedRows(original, edited).invalid).toEqual(['2026-03-04|meta|clicks']);
  });

  it('puts the server’s row errors back at their cells', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation',
      errors: [
        { field: 'rows[1].sessions', code: 'out-of-range', message: 'must be at most 1000000000' },
        { field: 'rows[0].channel', code: 'unknown-channel', message: 'not a channel of the campaign' },
      ],
    });
    const cells = cellErrors(error, ['2026-03-02|meta', '2026-03-03|web']);
    expect(Object.keys(cells)).toEqual(['2026-03-03|web|sessions']);
    expect(cells['2026-03-03|web|sessions']?.code).toBe('out-of-range');
    expect(cellErrors(null, [])).toEqual({});
  });
});
