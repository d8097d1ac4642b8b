import { Alert, Button, Heading, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useFieldError } from '../../components/ErrorAlert';
import { KpiTargetsEditor } from '../../components/KpiTargetsEditor';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, parseNumber } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useKpiList } from '../../lib/kpis/api';
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
      <TargetsSection />
    </div>
  );
}

// The programme's first KPIs: the targets the settings held before the KPIs became their home.
const DEFAULT_TARGETS_KPI = 'population-growth';

/** The yearly targets live on the KPIs; here an admin picks a KPI and edits its targets. */
function TargetsSection() {
  const { t, language } = useI18n();
  const kpis = useKpiList();
  const [kpiKey, setKpiKey] = useState(DEFAULT_TARGETS_KPI);
  return (
    <section aria-labelledby="targets-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="targets-heading">
        {t('settings.targets')}
      </Heading>
      <Paragraph>{t('kpis.targets.intro')}</Paragraph>
      <QueryStatus query={kpis}>
        {(items) => (
          <>
            <div className="vekst-toolbar vekst-toolbar--start">
              <LabelledSelect label={t('kpis.targets.chooseKpi')} value={kpiKey} onChange={setKpiKey}>
                {items.map((kpi) => (
                  <Select.Option key={kpi.key} value={kpi.key}>
                    {kpi.name[language]}
                  </Select.Option>
                ))}
              </LabelledSelect>
            </div>
            <KpiTargetsEditor key={kpiKey} kpiKey={kpiKey} />
          </>
        )}
      </QueryStatus>
    </section>
  );
}

type FormValues = {
  programmeName: string;
  homeMunicipality: string;
  preferredPopulationVariant: Settings['preferredPopulationVariant'];
  programmeStartYear: string;
};

function toForm(settings: Settings): FormValues {
  return {
    programmeName: settings.programmeName,
    homeMunicipality: settings.homeMunicipality,
    preferredPopulationVariant: settings.preferredPopulationVariant,
    programmeStartYear: String(settings.programmeStartYear),
  };
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
        },
      },
      { onSuccess: onSaved },
    );
  };

  const municipalityDescription =
    municipalityName.data !== undefined
      ? `${t('settings.homeMunicipalityHelp')} (${municipalityName.data})`
      : t('settings.homeMunicipalityHelp');

  return (
    <>
      <Paragraph data-size="sm" className="vekst-muted">
        {t('settings.lastUpdated', { at: formatDateTime(settings.updatedAt, language) })}
      </Paragraph>
      <SaveError error={save.error} staleText={t('settings.stale')} reloadLabel={t('settings.reload')} onReload={onReload} />
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
        <Button type="submit" loading={save.isPending} disabled={save.isPending}>
          {save.isPending ? t('settings.saving') : t('settings.save')}
        </Button>
      </form>
    </>
  );
}
