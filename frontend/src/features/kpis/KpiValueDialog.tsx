import { Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { SaveError } from '../../components/SaveError';
import { useFormFields, type LocalErrors } from '../../components/useFormFields';
import { parseNumber } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { Kpi } from '../../lib/kpis/api';
import { formatKpiValue } from '../../lib/kpis/format';
import { useSaveKpiValue, type KpiValue } from './api';

type Values = { period: string; value: string; comment: string; evidenceUrl: string };

/** Enters a manual KPI's value for a year, or changes one (with its version in If-Match). */
export function KpiValueDialog({
  kpi,
  existing,
  onClose,
  onSaved,
}: {
  kpi: Kpi;
  existing: KpiValue | null;
  onClose: () => void;
  onSaved: (period: string) => void;
}) {
  const { t, language } = useI18n();
  const save = useSaveKpiValue(kpi.key);
  const { values, bind, accept } = useFormFields<Values>(
    () => ({
      period: existing?.period ?? String(new Date().getFullYear() - 1),
      // The value shown is the entered one plus what feeding campaigns add; only the entered part is edited.
      value: existing ? String(enteredPart(existing)).replace('.', ',') : '',
      comment: existing?.comment ?? '',
      evidenceUrl: existing?.evidenceUrl ?? '',
    }),
    save.error,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseNumber(values.value);
    const errors: LocalErrors<Values> = {};
    if (!/^\d{4}$/.test(values.period.trim())) errors.period = t('kpis.values.yearInvalid');
    if (!Number.isFinite(value)) errors.value = t('kpis.values.valueInvalid');
    if (values.comment.trim() === '') errors.comment = t('errors.fields.required');
    if (!accept(errors)) return;
    const period = values.period.trim();
    save.mutate(
      {
        existing,
        body: {
          period,
          value,
          comment: values.comment.trim(),
          evidenceUrl: values.evidenceUrl.trim() === '' ? null : values.evidenceUrl.trim(),
        },
      },
      { onSuccess: () => onSaved(period) },
    );
  };

  return (
    <FormDialog
      title={existing ? t('kpis.values.editTitle', { year: existing.period }) : t('kpis.values.addTitle', { name: kpi.name[language] })}
      onClose={onClose}
    >
      <SaveError error={save.error} staleText={t('kpis.values.stale')} />
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('kpis.values.year')}
          description={t('kpis.values.yearHelp')}
          inputMode="numeric"
          maxLength={4}
          required
          readOnly={existing !== null}
          {...bind('period')}
        />
        <Textfield
          label={t('kpis.values.value')}
          description={[
            t('kpis.values.valueHelp', { unit: t(`kpis.units.${kpi.unit}`) }),
            existing?.fromCampaigns
              ? t('kpis.values.campaignsAdd', { amount: formatKpiValue(existing.fromCampaigns, kpi.unit, language) })
              : '',
          ]
            .join(' ')
            .trim()}
          inputMode="decimal"
          autoComplete="off"
          required
          {...bind('value')}
        />
        <Textfield
          multiline
          rows={3}
          label={t('kpis.values.comment')}
          description={t('kpis.values.commentHelp')}
          required
          {...bind('comment')}
        />
        <Textfield
          type="url"
          label={t('kpis.values.evidenceUrl')}
          description={t('kpis.values.evidenceUrlHelp')}
          {...bind('evidenceUrl')}
        />
        <DialogButtons pending={save.isPending} onCancel={onClose} submitLabel={t('kpis.values.save')} />
      </form>
    </FormDialog>
  );
}

/** The manually entered part of a year's value (campaigns feeding the KPI add the rest). */
export function enteredPart(value: KpiValue): number {
  return Math.round((value.value - (value.fromCampaigns ?? 0)) * 1e6) / 1e6;
}
