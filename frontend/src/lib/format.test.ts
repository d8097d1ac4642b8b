import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatInteger, formatNok, formatPercent, formatSignedInteger } from './format';

// Whatever space Intl puts between groups (no-break or narrow no-break), it must be one that
// never breaks a number across lines; the tests accept exactly those two.
const groupSpace = '[\u00a0\u202f]';

describe('Norwegian formatting', () => {
  it('groups thousands with a no-break space, as Intl nb-NO does', () => {
    expect(formatInteger(28604, 'nb')).toMatch(new RegExp(`^28${groupSpace}604$`));
    expect(formatInteger(28604, 'nb')).toBe(new Intl.NumberFormat('nb-NO').format(28604));
  });

  it('writes dates as dd.mm.yyyy without shifting the day', () => {
    expect(formatDate('2023-09-30', 'nb')).toBe('30.09.2023');
    expect(formatDate('2024-01-01', 'nb')).toBe('01.01.2024');
  });

  it('writes kroner as Intl nb-NO does: "3 000 000 kr"', () => {
    expect(formatNok(3_000_000, 'nb')).toMatch(new RegExp(`^3${groupSpace}000${groupSpace}000${groupSpace}kr$`));
  });

  it('writes percentages with a decimal comma and two decimals', () => {
    expect(formatPercent(1.42, 'nb')).toMatch(new RegExp(`^1,42${groupSpace}%$`));
    expect(formatPercent(1, 'nb')).toMatch(/^1,00/);
    expect(formatPercent(1.42, 'nb', { signed: true })).toMatch(/^\+1,42/);
  });

  it('writes decimals with a comma, two by default or as many as asked for, signed on request', () => {
    expect(formatDecimal(1.234, 'nb')).toBe('1,23');
    expect(formatDecimal(0.12345, 'nb', { decimals: 3 })).toBe('0,123');
    expect(formatDecimal(-0.5, 'nb', { signed: true })).toBe('−0,50');
    expect(formatDecimal(0.5, 'en', { signed: true, decimals: 3 })).toBe('+0.500');
  });

  it('signs changes, with a real minus sign for decline', () => {
    expect(formatSignedInteger(396, 'nb')).toBe('+396');
    expect(formatSignedInteger(-29, 'nb')).toBe('\u221229');
    expect(formatSignedInteger(0, 'nb')).toBe('0');
  });

  it('writes date-times in the reader’s time zone', () => {
    expect(formatDateTime('2026-11-23T10:15:00Z', 'nb')).toMatch(/^23\.11\.2026/);
  });
});

describe('English formatting', () => {
  it('uses British conventions', () => {
    expect(formatInteger(28604, 'en')).toBe('28,604');
    expect(formatDate('2023-09-30', 'en')).toBe('30/09/2023');
    expect(formatNok(3_000_000, 'en')).toMatch(/^NOK\s3,000,000$/);
    expect(formatPercent(1.42, 'en')).toBe('1.42%');
  });
});
