import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { SubjectSelect, YearRange } from '../../components/SubjectChoices';
import { useI18n } from '../../lib/i18n';
import type { MunicipalityRef, PeerGroup, Region, Variant } from './api';
import type { PageState } from './pageState';

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
