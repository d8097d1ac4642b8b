import { Alert, Button, Fieldset, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { ApiError } from '../../lib/api/client';
import { formatDateTime, formatNok } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useMunicipalityName, useSaveSettings, useSettings, type Settings } from './api';

export function SettingsPage() {
  const { t } = useI18n();
  usePageTitle(t('settings.title'));
  const settings = useSettings();
  // Kept here, not in the form: saving gives a new ETag, which starts the form afresh.
  const [saved, setSaved] = useState(false);
  return (
    <div className="vekst-narrow">
      <Heading level={1} data-size="lg">
        {t('settings.title')}
      </Heading>
      <Paragraph>{t('settings.intro')}</Paragraph>
      {saved && (
        <Alert data-color="success" role="status">
          {t('settings.saved')}
        </Alert>
      )}
      <QueryStatus query={settings}>
        {({ settings: current, etag }) => (
          // A new ETag (after saving or reloading) starts the form afresh from the server's values.
          <SettingsForm
            key={etag}
            settings={current}
            etag={etag}
            onSaving={() => setSaved(false)}
            onSaved={() => setSaved(true)}
            onReload={() => void settings.refetch()}
          />
        )}
      </QueryStatus>
    </div>
  );
}

type FormValues = {
  programmeName: string;
  homeMunicipality: string;
  preferredPopulationVariant: Settings['preferredPopulationVariant'];
  programmeStartYear: string;
  growthPercent: string;
  netInMigration: string;
  turnoverNok: string;
};

function toForm(settings: Settings): FormValues {
  return {
    programmeName: settings.programmeName,
    homeMunicipality: settings.homeMunicipality,
    preferredPopulationVariant: settings.preferredPopulationVariant,
    programmeStartYear: String(settings.programmeStartYear),
    growthPercent: String(settings.targets.growthPercent),
    netInMigration: String(settings.targets.netInMigration),
    turnoverNok: String(settings.targets.turnoverNok),
  };
}

/** Accepts "1,5" as well as "1.5": Norwegian users type decimal commas. */
function parseNumber(text: string): number {
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return normalised === '' ? NaN : Number(normalised);
}

type SettingsFormProps = {
  settings: Settings;
  etag: string;
  onSaving: () => void;
  onSaved: () => void;
  onReload: () => void;
};

function SettingsForm({ settings, etag, onSaving, onSaved, onReload }: SettingsFormProps) {
  const { t, language } = useI18n();
  const save = useSaveSettings();
  const fieldError = useFieldError(save.error);
  const [values, setValues] = useState<FormValues>(() => toForm(settings));
  const municipalityName = useMunicipalityName(values.homeMunicipality);

  const set = (name: keyof FormValues) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues({ ...values, [name]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSaving();
    save.mutate(
      {
        etag,
        body: {
          programmeName: values.programmeName.trim(),
          homeMunicipality: values.homeMunicipality.trim(),
          preferredPopulationVariant: values.preferredPopulationVariant,
          programmeStartYear: parseNumber(values.programmeStartYear),
          targets: {
            growthPercent: parseNumber(values.growthPercent),
            netInMigration: parseNumber(values.netInMigration),
            turnoverNok: parseNumber(values.turnoverNok),
          },
        },
      },
      { onSuccess: onSaved },
    );
  };

  const stale = save.error instanceof ApiError && (save.error.status === 412 || save.error.status === 428);
  const turnover = parseNumber(values.turnoverNok);
  const municipalityDescription =
    municipalityName.data !== undefined
      ? `${t('settings.homeMunicipalityHelp')} (${municipalityName.data})`
      : t('settings.homeMunicipalityHelp');

  return (
    <>
      <Paragraph data-size="sm" className="vekst-muted">
        {t('settings.lastUpdated', { at: formatDateTime(settings.updatedAt, language) })}
      </Paragraph>
      {stale ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('settings.stale')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={onReload}>
            {t('settings.reload')}
          </Button>
        </Alert>
      ) : (
        save.isError && <ErrorAlert error={save.error} />
      )}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('settings.programmeName')}
          required
          value={values.programmeName}
          error={fieldError('programmeName')}
          onChange={set('programmeName')}
        />
        <Textfield
          label={t('settings.homeMunicipality')}
          description={municipalityDescription}
          inputMode="numeric"
          maxLength={4}
          required
          value={values.homeMunicipality}
          error={fieldError('homeMunicipality')}
          onChange={set('homeMunicipality')}
        />
        <LabelledSelect
          label={t('settings.preferredVariant')}
          value={values.preferredPopulationVariant}
          onChange={(value) => setValues({ ...values, preferredPopulationVariant: value as FormValues['preferredPopulationVariant'] })}
        >
          <Select.Option value="corrected">{t('variants.corrected')}</Select.Option>
          <Select.Option value="official">{t('variants.official')}</Select.Option>
        </LabelledSelect>
        <Paragraph data-size="sm" className="vekst-muted">
          {t(`variants.${values.preferredPopulationVariant}Explanation`)}
        </Paragraph>
        <Textfield
          label={t('settings.programmeStartYear')}
          inputMode="numeric"
          maxLength={4}
          required
          value={values.programmeStartYear}
          error={fieldError('programmeStartYear')}
          onChange={set('programmeStartYear')}
        />
        <Fieldset>
          <Fieldset.Legend>{t('settings.targets')}</Fieldset.Legend>
          <Textfield
            label={t('settings.growthPercent')}
            inputMode="decimal"
            suffix="%"
            value={values.growthPercent}
            error={fieldError('targets.growthPercent')}
            onChange={set('growthPercent')}
          />
          <Textfield
            label={t('settings.netInMigration')}
            inputMode="numeric"
            value={values.netInMigration}
            error={fieldError('targets.netInMigration')}
            onChange={set('netInMigration')}
          />
          <Textfield
            label={t('settings.turnoverNok')}
            description={Number.isFinite(turnover) ? t('settings.turnoverNow', { amount: formatNok(turnover, language) }) : undefined}
            inputMode="numeric"
            suffix="kr"
            value={values.turnoverNok}
            error={fieldError('targets.turnoverNok')}
            onChange={set('turnoverNok')}
          />
        </Fieldset>
        <Button type="submit" loading={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('settings.saving') : t('settings.save')}
        </Button>
      </form>
    </>
  );
}
