import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte order mark and separates fields with semicolons, lines with CRLF', () => {
    const csv = toCsv(['År', 'Innbyggere'], [['2022', 27879]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('År;Innbyggere\r\n2022;27879\r\n');
  });

  it('quotes fields holding separators, quotes or line breaks, and leaves empty cells empty', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['x;y', 'say "hi"', 'two\nlines', null]]);
    expect(csv.slice(1).split('\r\n')[1]).toBe('"x;y";"say ""hi""";"two\nlines";');
  });

  it('keeps non-ASCII letters as UTF-8', () => {
    const bytes = new TextEncoder().encode(toCsv(['Kjønn'], [['Æøå']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Æøå');
  });
});
