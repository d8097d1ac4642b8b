import 'i18next';
import type { Translation } from './nb';

// Typed keys: a misspelt translation key is a compile error, not a blank label.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
