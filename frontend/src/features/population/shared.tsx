import { Link, Paragraph } from '@digdir/designsystemet-react';
import { PageSection } from '../../components/PageSection';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../../lib/auth/AuthProvider';
import { formatInteger } from '../../lib/format';
import { useI18n, type Language } from '../../lib/i18n';
import type { SeriesNote } from './api';

export { PageSection };

export function useRoles() {
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  return { isAdmin: roles.includes('admin'), mayImport: roles.includes('editor') || roles.includes('admin') };
}

/** No figures: says what to do about it, with the way to the Data page for those who may import. */
export function NoFigures({ text }: { text: string }) {
  const { t } = useI18n();
  const { mayImport } = useRoles();
  return (
    <div className="vekst-empty" data-testid="no-figures">
      <Paragraph>{text}</Paragraph>
      <Paragraph>
        {mayImport ? (
          <>
            {t('population.empty.importHint')}{' '}
            <Link asChild>
              <RouterLink to="/data">{t('population.empty.toData')}</RouterLink>
            </Link>
          </>
        ) : (
          t('population.empty.askEditor')
        )}
      </Paragraph>
    </div>
  );
}

/** The members of a group that lack figures, and for which periods: what the totals leave out. */
export function MemberNotes({ notes }: { notes: readonly SeriesNote[] }) {
  const { t } = useI18n();
  if (notes.length === 0) return null;
  return (
    <ul className="vekst-notes" data-testid="member-notes">
      {notes.map((note) => (
        <li key={`${note.code}-${note.municipality.code}`}>
          {t('population.notes.memberMissing', {
            municipality: `${note.municipality.name} (${note.municipality.code})`,
            periods: periodList(note.periods),
          })}
        </li>
      ))}
    </ul>
  );
}

/** "2019–2021, 2023": runs of consecutive years joined, so long gaps stay readable. */
export function periodList(periods: readonly string[]): string {
  const years = periods.every((period) => /^\d{4}$/.test(period));
  if (!years) return periods.join(', ');
  const sorted = [...periods].sort();
  const runs: string[] = [];
  let start = sorted[0];
  let previous = sorted[0];
  for (const period of [...sorted.slice(1), undefined]) {
    if (period !== undefined && Number(period) === Number(previous) + 1) {
      previous = period;
      continue;
    }
    if (start !== undefined) runs.push(start === previous ? start : `${start}–${previous}`);
    start = period;
    previous = period;
  }
  return runs.join(', ');
}

/** "120 foran målet" or "45 bak målet": the gap to a target in words as well as figures. */
export function gapWords(gap: number | null, t: TFunction, language: Language): string {
  if (gap === null) return t('population.targets.gapUnknown');
  if (gap === 0) return t('population.targets.gapNone');
  const persons = formatInteger(Math.abs(gap), language);
  return gap > 0 ? t('population.targets.ahead', { persons }) : t('population.targets.behind', { persons });
}
