import { Fieldset, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { LabelledSelect } from '../../components/LabelledSelect';
import { useI18n } from '../../lib/i18n';
import type { MunicipalityRef, PeerGroup, Region, Variant } from './api';
import { decodeSubject, encodeSubject, type PageState, type Subject } from './pageState';

type ControlsProps = {
  state: PageState;
  update: (changes: Partial<PageState>) => void;
  home: MunicipalityRef | undefined;
  regions: readonly Region[];
  peerGroups: readonly PeerGroup[];
  /** The variant the figures on screen are in (the API's choice until the reader picks one). */
  shownVariant: Variant | undefined;
};

/** Whose figures, which series, per year or quarter, and which years. */
export function PopulationControls({ state, update, home, regions, peerGroups, shownVariant }: ControlsProps) {
  const { t } = useI18n();
  return (
    <section className="vekst-section" aria-labelledby="choices-heading">
      <h2 id="choices-heading" className="vekst-sr-only">
        {t('population.choices.heading')}
      </h2>
      <div className="vekst-filter-grid vekst-population-choices">
        <SubjectSelect
          subject={state.subject}
          home={home}
          regions={regions}
          peerGroups={peerGroups}
          onChange={(subject) => update({ subject })}
        />
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('population.choices.granularity')}</Fieldset.Legend>
          {(['year', 'quarter'] as const).map((granularity) => (
            <Radio
              key={granularity}
              name="granularity"
              label={t(`population.choices.granularities.${granularity}`)}
              value={granularity}
              checked={state.granularity === granularity}
              onChange={() => update({ granularity })}
            />
          ))}
        </Fieldset>
        <YearRange from={state.from} to={state.to} onChange={(range) => update(range)} />
      </div>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('population.choices.variant')}</Fieldset.Legend>
        <Fieldset.Description>{t('population.choices.variantHelp')}</Fieldset.Description>
        {(['official', 'corrected'] as const).map((variant) => (
          <Radio
            key={variant}
            name="variant"
            label={t(`variants.${variant}`)}
            description={t(`variants.${variant}Explanation`)}
            value={variant}
            checked={(state.variant ?? shownVariant) === variant}
            onChange={() => update({ variant })}
          />
        ))}
      </Fieldset>
    </section>
  );
}

function SubjectSelect({
  subject,
  home,
  regions,
  peerGroups,
  onChange,
}: {
  subject: Subject;
  home: MunicipalityRef | undefined;
  regions: readonly Region[];
  peerGroups: readonly PeerGroup[];
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
    <LabelledSelect
      label={t('population.choices.subject')}
      value={encodeSubject(subject)}
      onChange={(value) => onChange(decodeSubject(value))}
    >
      <Select.Optgroup label={t('population.choices.municipalities')}>
        <Select.Option value="home">
          {home ? t('population.choices.home', { name: home.name }) : t('population.choices.homeUnnamed')}
        </Select.Option>
        {municipalities.map(([code, name]) => (
          <Select.Option key={code} value={encodeSubject({ kind: 'municipality', code })}>
            {name} ({code})
          </Select.Option>
        ))}
      </Select.Optgroup>
      <GroupOptions label={t('population.choices.regions')} kind="region" groups={regions} />
      <GroupOptions label={t('population.choices.peerGroups')} kind="peerGroup" groups={peerGroups} />
    </LabelledSelect>
  );
}

/** Regions or peer groups as one labelled group of options; nothing when there are none. */
export function GroupOptions({
  label,
  kind,
  groups,
}: {
  label: string;
  kind: 'region' | 'peerGroup';
  groups: readonly { key: string; name: string }[];
}) {
  if (groups.length === 0) return null;
  return (
    <Select.Optgroup label={label}>
      {groups.map((group) => (
        <Select.Option key={group.key} value={encodeSubject({ kind, key: group.key })}>
          {group.name}
        </Select.Option>
      ))}
    </Select.Optgroup>
  );
}

/** From and to years, applied as soon as each is a whole year (or emptied, for "all years"). */
function YearRange({ from, to, onChange }: { from?: string; to?: string; onChange: (range: { from?: string; to?: string }) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  const valid = (value: string) => value === '' || /^\d{4}$/.test(value);
  const errorOf = (name: 'from' | 'to') => {
    if (!valid(draft[name])) return t('population.choices.yearFormat');
    if (name === 'to' && draft.from && draft.to && valid(draft.from) && valid(draft.to) && draft.from > draft.to) {
      return t('population.choices.yearOrder');
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
      <Fieldset.Legend>{t('population.choices.years')}</Fieldset.Legend>
      <div className="vekst-year-range">
        {(['from', 'to'] as const).map((name) => (
          <Textfield
            key={name}
            label={t(`population.choices.${name}`)}
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
        {t('population.choices.yearsHelp')}
      </Paragraph>
    </Fieldset>
  );
}
