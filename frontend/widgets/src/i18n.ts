// UI strings and number/date formatting for the two languages the widgets speak.
// Norwegian readers get nb-NO conventions (28 604, 1,4 %, 30.09.2023); English readers en-GB, as in the app.

export type Lang = 'nb' | 'en';

const nb = {
  loading: 'Henter tall …',
  unavailable: 'Tallene er ikke tilgjengelige akkurat nå.',
  more: 'Se flere tall',
  source: 'Kilde: ',
  programme: 'Vekst i Kongsberg',
  population: 'Folketall',
  populationIn: 'Folketall i ',
  asOf: 'per ',
  growth: 'Befolkningsvekst',
  growthIn: 'Befolkningsvekst i ',
  growthYear: 'Befolkningsvekst i ',
  persons: 'personer',
  person: 'person',
  target: 'Mål: ',
  targetFor: 'Mål for ',
  met: 'nådd',
  notMet: 'ikke nådd',
  netMigration: 'Netto innflytting ',
  kpi: 'Nøkkeltall',
  period: 'Periode: ',
  noValue: 'Ingen verdi ennå',
  status: 'Status: ',
  statuses: { 'on-track': 'I rute', 'at-risk': 'I faresonen', 'off-track': 'Ikke i rute', 'no-data': 'Mangler data' },
  rank: 'nr. ',
  partners: 'Partnere i Vekst i Kongsberg',
  partnerCount: (count: number, n: string, year: string) => `${n} ${count === 1 ? 'partner' : 'partnere'} i ${year}`,
  noPartners: 'Ingen partnere er oppført ennå.',
  jobs: 'Ledige stillinger',
  jobCount: (count: number): string => (count === 1 ? 'ledig stilling per ' : 'ledige stillinger per '),
  noJobs: 'Ingen ledige stillinger akkurat nå.',
  deadline: 'Søknadsfrist ',
};

type Strings = typeof nb;

const en: Strings = {
  loading: 'Loading figures …',
  unavailable: 'The figures are not available right now.',
  more: 'See more figures',
  source: 'Source: ',
  programme: 'Vekst i Kongsberg',
  population: 'Population',
  populationIn: 'Population of ',
  asOf: 'as of ',
  growth: 'Population growth',
  growthIn: 'Population growth in ',
  growthYear: 'Population growth in ',
  persons: 'people',
  person: 'person',
  target: 'Target: ',
  targetFor: 'Target for ',
  met: 'met',
  notMet: 'not met',
  netMigration: 'Net in-migration ',
  kpi: 'Key figure',
  period: 'Period: ',
  noValue: 'No value yet',
  status: 'Status: ',
  statuses: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' },
  rank: 'no. ',
  partners: 'Vekst i Kongsberg partners',
  partnerCount: (count: number, n: string, year: string) => `${n} ${count === 1 ? 'partner' : 'partners'} in ${year}`,
  noPartners: 'No partners are listed yet.',
  jobs: 'Job openings',
  jobCount: (count: number) => (count === 1 ? 'open position as of ' : 'open positions as of '),
  noJobs: 'No job openings right now.',
  deadline: 'Apply by ',
};

export const strings: Record<Lang, Strings> = { nb, en };

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nb-NO');

export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string {
  return new Intl.NumberFormat(locale(lang), options).format(value);
}

/** Percent points (1.42 means 1.42 %) with one decimal: "1,4 %" / "1.4%". */
export function formatPercent(lang: Lang, value: number): string {
  return formatNumber(lang, value / 100, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** An ISO date (2023-09-30) read as a calendar date, so no time zone can move it a day. */
export function formatDate(lang: Lang, iso: string, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}

/** Today as an ISO date in the reader's time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
