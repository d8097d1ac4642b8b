import type { Language } from './i18n/languages';

// Norwegian users expect "28 604", "30.09.2023" and "3 000 000 kr" exactly as Intl's nb-NO gives
// them; English readers get the en-GB equivalents so the two languages never mix conventions.
const localeByLanguage: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = localeByLanguage[language];
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = localeByLanguage[language];
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function formatInteger(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** A change such as growth, always with its sign: "+396", "−12". */
export function formatSignedInteger(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** A percentage given in percent points (1.42 means 1.42 %), with two decimals unless told otherwise. */
export function formatPercent(value: number, language: Language, options: { signed?: boolean; decimals?: number } = {}): string {
  const decimals = options.decimals ?? 2;
  return numberFormat(language, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value / 100);
}

/** A rate such as "19,35" per 1,000 residents, with two decimals unless told otherwise; signed for changes. */
export function formatDecimal(value: number, language: Language, options: { signed?: boolean; decimals?: number } = {}): string {
  const decimals = options.decimals ?? 2;
  return numberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** Whole Norwegian kroner: "3 000 000 kr" in bokmål. */
export function formatNok(value: number, language: Language): string {
  return numberFormat(language, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/**
 * An ISO date ("2023-09-30") as a calendar date ("30.09.2023"). Parsed by its parts, not by
 * Date's parser, so the day never shifts with the browser's time zone.
 */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  return dateFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** An instant ("2026-11-23T10:15:00Z") in the reader's time zone: "23.11.2026, 11:15". */
export function formatDateTime(isoInstant: string, language: Language): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return dateFormat(language, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A score such as "4,2": up to two decimals, none when it is whole. */
export function formatScore(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** Reads a number as Norwegians type it: "1,5", "3 000 000" and "1.5" alike; NaN when there is none. */
export function parseNumber(text: string): number {
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return normalised === '' ? NaN : Number(normalised);
}

/** A month as a heading names it: "november 2026", "November 2026". `month` counts from 1. */
export function formatMonth(year: number, month: number, language: Language): string {
  return dateFormat(language, { month: 'long', year: 'numeric' }).format(new Date(year, month - 1, 1));
}
