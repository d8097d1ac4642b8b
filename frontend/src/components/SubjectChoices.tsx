import { Fieldset, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Schemas } from '../lib/api/client';
import { useI18n } from '../lib/i18n';
import { decodeSubject, encodeSubject, type Subject } from '../lib/subjects';
import { LabelledSelect } from './LabelledSelect';

type Group = { key: string; name: string; members: readonly { code: string; name: string }[] };

/** Whose figures: the home municipality, any member of a region or peer group, a region or a peer group. */
export function SubjectSelect({
  subject,
  home,
  regions,
  peerGroups,
  onChange,
}: {
  subject: Subject;
  home: Schemas['MunicipalityRef'] | undefined;
  regions: readonly Group[];
  peerGroups: readonly Group[];
  onChange: (subject: Subject) => void;
}) {
  const { t } = useI18n();
  // Any member of a region or peer group can be looked at on its own too.
  const members = new Map<string, string>();
  for (const group of [...regions, ...peerGroups]) for (const member of group.members) members.set(member.code, member.name);
  if (home) members.delete(home.code);
  if (subject.kind === 'municipality' && !members.has(subject.code) && subject.code !== home?.code) members.set(subject.code, subject.code);
  const municipalities = [...members].sort(([, a], [, b]) => a.localeCompare(b, 'nb'));

  return (
    <LabelledSelect label={t('subjects.subject')} value={encodeSubject(subject)} onChange={(value) => onChange(decodeSubject(value))}>
      <Select.Optgroup label={t('subjects.municipalities')}>
        <Select.Option value="home">{home ? t('subjects.home', { name: home.name }) : t('subjects.homeUnnamed')}</Select.Option>
        {municipalities.map(([code, name]) => (
          <Select.Option key={code} value={encodeSubject({ kind: 'municipality', code })}>
            {name} ({code})
          </Select.Option>
        ))}
      </Select.Optgroup>
      <GroupOptions kind="region" groups={regions} />
      <GroupOptions kind="peerGroup" groups={peerGroups} />
    </LabelledSelect>
  );
}

/** Regions or peer groups as one labelled group of options; nothing when there are none. */
export function GroupOptions({ kind, groups }: { kind: 'region' | 'peerGroup'; groups: readonly { key: string; name: string }[] }) {
  const { t } = useI18n();
  if (groups.length === 0) return null;
  return (
    <Select.Optgroup label={t(kind === 'region' ? 'subjects.regions' : 'subjects.peerGroups')}>
      {groups.map((group) => (
        <Select.Option key={group.key} value={encodeSubject({ kind, key: group.key })}>
          {group.name}
        </Select.Option>
      ))}
    </Select.Optgroup>
  );
}

/** From and to years, applied as soon as each is a whole year (or emptied, for "all years"). */
export function YearRange({
  from,
  to,
  onChange,
}: {
  from?: string;
  to?: string;
  onChange: (range: { from?: string; to?: string }) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  const valid = (value: string) => value === '' || /^\d{4}$/.test(value);
  const errorOf = (name: 'from' | 'to') => {
    if (!valid(draft[name])) return t('subjects.yearFormat');
    if (name === 'to' && draft.from && draft.to && valid(draft.from) && valid(draft.to) && draft.from > draft.to) {
      return t('subjects.yearOrder');
    }
    return undefined;
  };
  const change = (name: 'from' | 'to', value: string) => {
    const next = { ...draft, [name]: value.trim() };
    setDraft(next);
    const ordered = !next.from || !next.to || next.from <= next.to;
    if (valid(next.from) && valid(next.to) && ordered) onChange({ from: next.from || undefined, to: next.to || undefined });
  };
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('subjects.years')}</Fieldset.Legend>
      <div className="vekst-year-range">
        {(['from', 'to'] as const).map((name) => (
          <Textfield
            key={name}
            label={t(`subjects.${name}`)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            size={6}
            value={draft[name]}
            error={errorOf(name)}
            onChange={(event) => change(name, event.target.value)}
          />
        ))}
      </div>
      <Paragraph data-size="sm" className="vekst-muted">
        {t('subjects.yearsHelp')}
      </Paragraph>
    </Fieldset>
  );
}
