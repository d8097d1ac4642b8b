import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../lib/auth/AuthProvider';
import { useI18n, type Language } from '../../lib/i18n';
import type { IndustryClassification, IndustryClassifications, JobsNote } from './api';

export function useJobsRoles() {
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  return {
    mayImport: roles.includes('editor') || roles.includes('admin'),
    // The register's units are not public statistics: partners see the figures only.
    maySeeUnits: roles.some((role) => role === 'viewer' || role === 'editor' || role === 'admin'),
  };
}

/** No figures: says so in words, and where they come from (with the way to the Data page for those who import). */
export function NoJobsFigures({ text }: { text: string }) {
  const { t } = useI18n();
  const { mayImport } = useJobsRoles();
  return (
    <div className="vekst-empty" data-testid="no-figures">
      <Paragraph>{text}</Paragraph>
      <Paragraph>
        {mayImport ? (
          <>
            {t('jobs.empty.importHint')}{' '}
            <Link asChild>
              <RouterLink to="/data">{t('jobs.empty.toData')}</RouterLink>
            </Link>
          </>
        ) : (
          t('jobs.empty.askEditor')
        )}
      </Paragraph>
    </div>
  );
}

/** "2019–2021, 2023": runs of consecutive years joined. */
export function yearList(years: readonly string[]): string {
  const sorted = [...years].sort();
  const runs: string[] = [];
  let start = sorted[0];
  let previous = sorted[0];
  for (const year of [...sorted.slice(1), undefined]) {
    if (year !== undefined && Number(year) === Number(previous) + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined) runs.push(start === previous ? start : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return runs.join(', ');
}

/** A note in the reader's language where its code is known; the API's English message otherwise. */
function noteText(note: JobsNote, t: TFunction): string {
  const years = yearList(note.years ?? []);
  switch (note.code) {
    case 'member-missing':
      return note.municipality
        ? t('jobs.notes.memberMissing', { municipality: `${note.municipality.name} (${note.municipality.code})`, years })
        : note.message;
    case 'flows-missing':
      return t('jobs.notes.flowsMissing', { years });
    case 'demo-data':
      return t('jobs.notes.demoData');
    case 'no-population':
      return note.municipality
        ? t('jobs.notes.noPopulationOf', { municipality: `${note.municipality.name} (${note.municipality.code})`, years })
        : t('jobs.notes.noPopulation', { years });
    case 'no-units':
      return t('jobs.notes.noUnits');
    case 'no-registrations':
      return t('jobs.notes.noRegistrations');
    default:
      return note.message;
  }
}

/** What the reader should know about the figures: members of a group without data, gaps, demo figures. */
export function JobsNotes({ notes }: { notes: readonly JobsNote[] }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <ul className="vekst-notes" data-testid="jobs-notes">
      {notes.map((note, index) => (
        <li key={`${note.code}-${note.municipality?.code ?? index}`}>{noteText(note, t)}</li>
      ))}
    </ul>
  );
}

export type MissingSymbol = '..' | ':' | '.';

/** Statistics Norway's reason for a missing value, in words. */
export function missingReason(symbol: MissingSymbol | null | undefined, t: TFunction): string {
  switch (symbol) {
    case ':':
      return t('jobs.missing.confidential');
    case '.':
      return t('jobs.missing.notApplicable');
    default:
      return t('jobs.missing.notAvailable');
  }
}

/** Section names by classification and letter, in the reader's language. */
export type SectionNames = (classification: IndustryClassification, section: string) => string;

export function sectionNamer(industries: IndustryClassifications | undefined, language: Language): SectionNames {
  const names = new Map<string, string>();
  for (const classification of industries?.classifications ?? [])
    for (const section of classification.sections)
      names.set(`${classification.key}:${section.code}`, language === 'en' ? section.nameEn : section.nameNb);
  return (classification, section) => {
    const name = names.get(`${classification}:${section}`);
    return name ? `${section} ${name}` : section;
  };
}

/** "arbeidsplasser-kongsberg.csv": what the table is and whose. */
export function jobsCsvName(kind: string, subject: string): string {
  const slug = subject
    .toLowerCase()
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kind}-${slug}.csv`;
}
