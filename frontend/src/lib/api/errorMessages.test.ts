import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { ApiError } from './client';
import { translateError } from './errorMessages';

const t = i18n.t.bind(i18n);

function apiError(status: number, code: string, errors?: { field: string; code: string; message: string }[], retryAfter?: number) {
  return new ApiError(status, { type: 'about:blank', title: 'English title', status, code, errors }, retryAfter ?? null);
}

describe('translateError', () => {
  it('translates the problem’s top-level code', () => {
    expect(translateError(apiError(401, 'invalid-credentials'), t).message).toBe('Feil brukernavn eller passord.');
  });

  it('translates each field error, naming the field', () => {
    const error = apiError(400, 'validation', [{ field: 'username', code: 'duplicate', message: 'The username is taken.' }]);
    expect(translateError(error, t).fields).toEqual([{ field: 'username', label: 'Brukernavn', message: 'er allerede i bruk' }]);
  });

  it('names nested fields by their JSON path', () => {
    const error = apiError(400, 'validation', [{ field: 'baseline.value', code: 'out-of-range', message: 'too big' }]);
    expect(translateError(error, t).fields[0]).toMatchObject({ label: 'Utgangsverdi', message: 'er utenfor tillatt område' });
  });

  it('falls back to the server’s text for codes the app does not know yet', () => {
    const error = apiError(400, 'brand-new-code', [{ field: 'x', code: 'brand-new', message: 'Server says so.' }]);
    const translated = translateError(error, t);
    expect(translated.message).toBe('English title');
    expect(translated.fields[0]).toEqual({ field: 'x', label: 'x', message: 'Server says so.' });
  });

  it('says when to try again after too many attempts', () => {
    expect(translateError(apiError(429, 'too-many-attempts', undefined, 600), t).message).toContain('Prøv igjen om 10 minutter.');
  });

  it('explains a network failure', () => {
    expect(translateError(new ApiError(0, null), t).message).toContain('Fikk ikke kontakt');
  });

  it('speaks English when the reader does', async () => {
    await i18n.changeLanguage('en');
    expect(translateError(apiError(412, 'stale'), i18n.t.bind(i18n)).message).toMatch(/Someone else changed this/);
  });
});
