import { Alert, Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { parseNumber } from '../lib/format';
import { useI18n } from '../lib/i18n';
import { TARGET_FIRST_YEAR, TARGET_LAST_YEAR, useKpi, useSetKpiTargets, type Kpi } from '../lib/kpis/api';
import { useFieldError } from './ErrorAlert';
import { QueryStatus } from './QueryStatus';
import { SaveError } from './SaveError';

const years = Array.from({ length: TARGET_LAST_YEAR - TARGET_FIRST_YEAR + 1 }, (_, index) => TARGET_FIRST_YEAR + index);

/**
 * A KPI's target for every year of the programme, for admins: saved in one call with the KPI's
 * ETag, so a change someone else made meanwhile is refused (412) and said, never overwritten.
 * The settings page and the KPI's own page both use it.
 */
export function KpiTargetsEditor({ kpiKey }: { kpiKey: string }) {
  const kpi = useKpi(kpiKey);
  // Kept here, not in the form: saving gives a new ETag, which starts the form afresh.
  const [saved, setSaved] = useState<string | null>(null);
  const { t } = useI18n();
  return (
    <>
      {saved && (
        <Alert data-color="success" role="status">
          {t('kpis.targets.saved', { name: saved })}
        </Alert>
      )}
      <QueryStatus query={kpi}>
        {({ kpi: current, etag }) => (
          <TargetsForm
            key={etag}
            kpi={current}
            etag={etag}
            onSaving={() => setSaved(null)}
            onSaved={(name) => setSaved(name)}
            onReload={() => void kpi.refetch()}
          />
        )}
      </QueryStatus>
    </>
  );
}

function toText(kpi: Kpi): Record<number, string> {
  return Object.fromEntries(
    years.map((year) => {
      const value = kpi.targets.find((target) => target.year === year)?.value;
      return [year, value === null || value === undefined ? '' : String(value).replace('.', ',')];
    }),
  );
}

type TargetsFormProps = {
  kpi: Kpi;
  etag: string;
  onSaving: () => void;
  onSaved: (name: string) => void;
  onReload: () => void;
};

function TargetsForm({ kpi, etag, onSaving, onSaved, onReload }: TargetsFormProps) {
  const { t, language } = useI18n();
  const save = useSetKpiTargets();
  const fieldError = useFieldError(save.error);
  const [values, setValues] = useState<Record<number, string>>(() => toText(kpi));
  const [invalid, setInvalid] = useState<number[]>([]);
  const name = kpi.name[language];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = years.map((year) => ({ year, value: values[year]?.trim() === '' ? null : parseNumber(values[year] ?? '') }));
    const bad = parsed.filter((target) => target.value !== null && !Number.isFinite(target.value)).map((target) => target.year);
    setInvalid(bad);
    if (bad.length > 0) return;
    onSaving();
    save.mutate({ key: kpi.key, etag, targets: parsed }, { onSuccess: () => onSaved(name) });
  };

  return (
    <>
      <SaveError error={save.error} staleText={t('kpis.targets.stale')} reloadLabel={t('kpis.targets.reload')} onReload={onReload} />
      <form onSubmit={submit} className="vekst-form" noValidate data-testid="kpi-targets-form">
        <Fieldset>
          <Fieldset.Legend>{t('kpis.targets.legend', { name })}</Fieldset.Legend>
          <Fieldset.Description>
            {t('kpis.targets.help')} {t('kpis.values.valueHelp', { unit: t(`kpis.units.${kpi.unit}`) })}
          </Fieldset.Description>
          <div className="vekst-target-grid">
            {years.map((year, index) => (
              <Textfield
                key={year}
                label={String(year)}
                inputMode="decimal"
                autoComplete="off"
                value={values[year] ?? ''}
                error={invalid.includes(year) ? t('kpis.targets.invalid') : fieldError(`targets[${index}]`)}
                onChange={(event) => setValues({ ...values, [year]: event.target.value })}
              />
            ))}
          </div>
        </Fieldset>
        <Button type="submit" loading={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('kpis.targets.saving') : t('kpis.targets.save')}
        </Button>
      </form>
    </>
  );
}
