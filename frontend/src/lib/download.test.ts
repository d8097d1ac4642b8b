import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

const withDisposition = (value: string) => new Response(null, { headers: { 'Content-Disposition': value } });

describe('fileNameFrom', () => {
  it('reads the plain and the encoded file name, the encoded one first', () => {
    expect(fileNameFrom(withDisposition('attachment; filename="partnere.csv"'), 'x')).toBe('partnere.csv');
    expect(fileNameFrom(withDisposition('attachment; filename="a.pdf"; filename*=UTF-8\'\'avtale-%C3%A5r.pdf'), 'x')).toBe('avtale-år.pdf');
  });

  it('falls back when the server names no file', () => {
    expect(fileNameFrom(new Response(null), 'fallback.csv')).toBe('fallback.csv');
  });
});
