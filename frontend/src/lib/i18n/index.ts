import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { nb } from './nb';
import { defaultLanguage, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'vekst.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

// Screen readers pick pronunciation from <html lang>, so it follows the chosen language.
function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = isLanguage(language) ? language : defaultLanguage;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['nb', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  applyDocumentLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
});

/** The translation function together with the current language, for formatting numbers and dates. */
export function useI18n() {
  const { t, i18n: instance } = useTranslation();
  const language: Language = isLanguage(instance.language) ? instance.language : defaultLanguage;
  return { t, language, changeLanguage: (next: Language) => instance.changeLanguage(next) };
}

export type { Language };
