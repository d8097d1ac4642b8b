import { describe, expect, it } from 'vitest';
import { en } from './en';
import { i18n } from './index';
import { nb } from './nb';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('has the same keys in bokmål and English, none of them empty', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
    for (const key of keys(nb)) expect(i18n.t(key as never, { lng: 'nb' })).not.toBe('');
  });

  it('starts in Norwegian bokmål', () => {
    expect(i18n.language).toBe('nb');
    expect(document.documentElement.lang).toBe('nb');
  });

  it('sets <html lang> and remembers the choice when the language changes', async () => {
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('vekst.language')).toBe('en');
    expect(i18n.t('nav.signIn')).toBe('Sign in');
    await i18n.changeLanguage('nb');
    expect(document.documentElement.lang).toBe('nb');
    expect(i18n.t('nav.signIn')).toBe('Logg inn');
  });
});
