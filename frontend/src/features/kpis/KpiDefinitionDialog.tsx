import { Checkbox, Fieldset, Select, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { SelectField } from '../../components/SelectField';
import { useFormFields, type LocalErrors } from '../../components/useFormFields';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { parseNumber } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  kpiDirections,
  kpiUnits,
  useKpi,
  useUpdateKpi,
  type FocusArea,
  type Kpi,
  type KpiDirection,
  type KpiUnit,
} from '../../lib/kpis/api';

// Named like the fields of the contract's KpiUpdate, so a 400's `errors[].field` shows at its field.
type Values = {
  'name.nb': string;
  'name.en': string;
  'description.nb': string;
  'description.en': string;
  focusArea: FocusArea | '';
  unit: KpiUnit;
  direction: KpiDirection;
  'baseline.year': string;
  'baseline.value': string;
  public: boolean;
};

function toValues(kpi: Kpi): Values {
  return {
    'name.nb': kpi.name.nb,
    'name.en': kpi.name.en,
    'description.nb': kpi.description.nb,
    'description.en': kpi.description.en,
    focusArea: kpi.focusArea ?? '',
    unit: kpi.unit,
    direction: kpi.direction,
    'baseline.year': kpi.baseline ? String(kpi.baseline.year) : '',
    'baseline.value': kpi.baseline ? String(kpi.baseline.value).replace('.', ',') : '',
    public: kpi.public,
  };
}

/**
 * Changes a KPI's definition, for admins: the KPI is read fresh and its ETag goes back in If-Match,
 * so a change someone made meanwhile is refused (412) and said. A computed KPI's unit and direction
 * belong to its formula and are shown, not changed.
 */
export function KpiDefinitionDialog({
  kpiKey,
  onClose,
  onSaved,
}: {
  kpiKey: string;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t, language } = useI18n();
  const kpi = useKpi(kpiKey);
  return (
    <FormDialog title={t('kpis.definition.title', { name: kpi.data?.kpi.name[language] ?? kpiKey })} onClose={onClose}>
      <QueryStatus query={kpi}>
        {({ kpi: current, etag }) => (
          <DefinitionForm key={etag} kpi={current} etag={etag} onCancel={onClose} onSaved={onSaved} onReload={() => void kpi.refetch()} />
        )}
      </QueryStatus>
    </FormDialog>
  );
}

type FormProps = {
  kpi: Kpi;
  etag: string;
  onCancel: () => void;
  onSaved: (name: string) => void;
  onReload: () => void;
};

function DefinitionForm({ kpi, etag, onCancel, onSaved, onReload }: FormProps) {
  const { t, language } = useI18n();
  const save = useUpdateKpi();
  const { values, set, error, bind, accept } = useFormFields<Values>(() => toValues(kpi), save.error);
  const computed = kpi.source === 'computed';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors<Values> = {};
    if (values['name.nb'].trim() === '') errors['name.nb'] = t('errors.fields.required');
    if (values['name.en'].trim() === '') errors['name.en'] = t('errors.fields.required');
    const year = values['baseline.year'].trim();
    const baselineValue = values['baseline.value'].trim();
    const hasBaseline = year !== '' || baselineValue !== '';
    const value = parseNumber(baselineValue);
    if (hasBaseline) {
      if (year === '') errors['baseline.year'] = t('kpis.definition.baselineBoth');
      else if (!/^\d{4}$/.test(year)) errors['baseline.year'] = t('kpis.values.yearInvalid');
      if (baselineValue === '') errors['baseline.value'] = t('kpis.definition.baselineBoth');
      else if (!Number.isFinite(value)) errors['baseline.value'] = t('kpis.values.valueInvalid');
    }
    if (!accept(errors)) return;
    save.mutate(
      {
        key: kpi.key,
        etag,
        body: {
          name: { nb: values['name.nb'].trim(), en: values['name.en'].trim() },
          description: { nb: values['description.nb'].trim(), en: values['description.en'].trim() },
          focusArea: values.focusArea === '' ? null : values.focusArea,
          unit: values.unit,
          direction: values.direction,
          baseline: hasBaseline ? { year: Number(year), value } : null,
          public: values.public,
        },
      },
      { onSuccess: (saved) => onSaved(saved.kpi.name[language]) },
    );
  };

  return (
    <>
      <SaveError error={save.error} staleText={t('kpis.definition.stale')} reloadLabel={t('kpis.targets.reload')} onReload={onReload} />
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield label={t('kpis.definition.nameNb')} required autoComplete="off" {...bind('name.nb')} />
        <Textfield label={t('kpis.definition.nameEn')} required autoComplete="off" {...bind('name.en')} />
        <Textfield multiline rows={3} label={t('kpis.definition.descriptionNb')} {...bind('description.nb')} />
        <Textfield multiline rows={3} label={t('kpis.definition.descriptionEn')} {...bind('description.en')} />
        <SelectField
          label={t('kpis.detail.focusArea')}
          value={values.focusArea}
          error={error('focusArea')}
          onChange={(value) => set('focusArea', value as FocusArea | '')}
        >
          <FocusAreaOptions emptyLabel={t('kpis.noFocusArea')} />
        </SelectField>
        <SelectField
          label={t('kpis.detail.unit')}
          description={computed ? t('kpis.definition.fixedByFormula') : undefined}
          disabled={computed}
          value={values.unit}
          error={error('unit')}
          onChange={(value) => set('unit', value as KpiUnit)}
        >
          {kpiUnits.map((unit) => (
            <Select.Option key={unit} value={unit}>
              {t(`kpis.units.${unit}`)}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          label={t('kpis.detail.direction')}
          description={computed ? t('kpis.definition.fixedByFormula') : undefined}
          disabled={computed}
          value={values.direction}
          error={error('direction')}
          onChange={(value) => set('direction', value as KpiDirection)}
        >
          {kpiDirections.map((direction) => (
            <Select.Option key={direction} value={direction}>
              {t(`kpis.directions.${direction}`)}
            </Select.Option>
          ))}
        </SelectField>
        <Fieldset>
          <Fieldset.Legend>{t('kpis.definition.baselineLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('kpis.definition.baselineHelp')}</Fieldset.Description>
          <Textfield
            label={t('kpis.definition.baselineYear')}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            {...bind('baseline.year')}
          />
          <Textfield
            label={t('kpis.definition.baselineValue')}
            description={t('kpis.values.valueHelp', { unit: t(`kpis.units.${values.unit}`) })}
            inputMode="decimal"
            autoComplete="off"
            {...bind('baseline.value')}
          />
        </Fieldset>
        <Checkbox
          label={t('kpis.definition.public')}
          description={t('kpis.definition.publicHelp')}
          checked={values.public}
          error={error('public')}
          onChange={(event) => set('public', event.target.checked)}
        />
        <DialogButtons pending={save.isPending} onCancel={onCancel} submitLabel={t('kpis.definition.save')} />
      </form>
    </>
  );
}
