import { Button, Fieldset, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { CheckboxList } from '../../components/CheckboxList';
import { useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { SelectField } from '../../components/SelectField';
import { ApiError } from '../../lib/api/client';
import { useI18n } from '../../lib/i18n';
import { focusAreas, useKpiList } from '../../lib/kpis/api';
import { usePartnerOptions } from '../../lib/partnerOptions';
import { campaignStatuses, countMetrics, knownChannels, useCampaignForEdit, useSaveCampaign, type Campaign, type FocusArea } from './api';
import {
  emptyCampaign,
  toInput,
  toValues,
  type CampaignValues,
  type FormProblem,
  type KpiRow,
  type LinkRow,
  type PartnerRow,
} from './campaignForm';
import { useChannelLabel } from './parts';

export function CreateCampaignDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (campaign: Campaign) => void }) {
  const { t } = useI18n();
  return (
    <FormDialog title={t('campaigns.form.createTitle')} onClose={onClose}>
      <CampaignForm campaign={null} etag="" onCancel={onClose} onSaved={onSaved} />
    </FormDialog>
  );
}

/** The campaign read fresh and changed with its ETag in If-Match; a stale save (412) offers to reload. */
export function EditCampaignDialog({
  campaignId,
  onClose,
  onSaved,
}: {
  campaignId: string;
  onClose: () => void;
  onSaved: (campaign: Campaign) => void;
}) {
  const { t } = useI18n();
  const current = useCampaignForEdit(campaignId);
  return (
    <FormDialog title={t('campaigns.form.editTitle')} onClose={onClose}>
      <QueryStatus query={current}>
        {({ campaign, etag }) => (
          <CampaignForm
            key={etag}
            campaign={campaign}
            etag={etag}
            onCancel={onClose}
            onSaved={onSaved}
            onReload={() => void current.refetch()}
          />
        )}
      </QueryStatus>
    </FormDialog>
  );
}

const problemKeys: Record<FormProblem, string> = {
  required: 'errors.fields.required',
  dateRequired: 'campaigns.form.dateRequired',
  endBeforeStart: 'campaigns.form.endBeforeStart',
  amountInvalid: 'campaigns.form.amountInvalid',
  countInvalid: 'campaigns.form.countInvalid',
  slugInvalid: 'campaigns.form.slugInvalid',
  channelInvalid: 'campaigns.form.channelInvalid',
  urlInvalid: 'campaigns.form.urlInvalid',
  utmInvalid: 'campaigns.form.utmInvalid',
};

function CampaignForm({
  campaign,
  etag,
  onCancel,
  onSaved,
  onReload,
}: {
  campaign: Campaign | null;
  etag: string;
  onCancel: () => void;
  onSaved: (campaign: Campaign) => void;
  onReload?: () => void;
}) {
  const { t, language } = useI18n();
  const save = useSaveCampaign();
  const kpiList = useKpiList();
  const partnerOptions = usePartnerOptions(true);
  const channelLabel = useChannelLabel();
  const [values, setValues] = useState<CampaignValues>(() => (campaign ? toValues(campaign) : emptyCampaign()));
  const [problems, setProblems] = useState<Record<string, FormProblem>>({});
  const serverError = useFieldError(save.error);
  const translate = t as unknown as (key: string) => string;

  const set = <K extends keyof CampaignValues>(key: K, value: CampaignValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const error = (path: string): string | undefined => {
    const problem = problems[path];
    return problem ? translate(problemKeys[problem]) : serverError(path);
  };
  const text = (
    key:
      | 'name'
      | 'slug'
      | 'description'
      | 'targetGroups'
      | 'otherChannels'
      | 'startDate'
      | 'endDate'
      | 'budgetNok'
      | 'otherSpendNok'
      | 'owner',
  ) => ({
    value: values[key],
    error: error(key),
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });

  // A taken or locked slug may come as the problem's own code rather than at the field.
  const code = save.error instanceof ApiError ? save.error.code : undefined;
  const slugError =
    error('slug') ??
    (code === 'slug-taken' ? t('campaigns.form.slugTaken') : code === 'slug-locked' ? t('campaigns.form.slugLocked') : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, problems: found } = toInput(values);
    setProblems(found);
    if (!body) return;
    save.mutate({ id: campaign?.id ?? null, etag, body }, { onSuccess: ({ data }) => onSaved(data) });
  };

  // Linked KPIs and partners stay choosable even if the lists no longer offer them.
  const kpiOptions = [
    ...(kpiList.data ?? []).map((kpi) => ({ value: kpi.key, label: kpi.name[language] })),
    ...(campaign?.kpis ?? [])
      .filter((kpi) => !(kpiList.data ?? []).some((option) => option.key === kpi.key))
      .map((kpi) => ({ value: kpi.key, label: kpi.name[language] })),
  ];
  const partnerChoices = [
    ...(partnerOptions.data ?? []),
    ...(campaign?.partners ?? [])
      .filter((partner) => !(partnerOptions.data ?? []).some((option) => option.value === partner.partnerId))
      .map((partner) => ({ value: partner.partnerId, label: partner.name })),
  ];

  return (
    <>
      <SaveError error={save.error} staleText={t('campaigns.form.stale')} reloadLabel={t('campaigns.form.reload')} onReload={onReload} />
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield label={t('campaigns.form.name')} required {...text('name')} />
        <Textfield label={t('campaigns.form.slug')} description={t('campaigns.form.slugHelp')} {...text('slug')} error={slugError} />
        <Textfield multiline rows={3} label={t('campaigns.form.description')} {...text('description')} />
        <SelectField
          label={t('campaigns.form.status')}
          value={values.status}
          error={error('status')}
          onChange={(value) => set('status', value as CampaignValues['status'])}
        >
          {campaignStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`campaigns.statuses.${status}`)}
            </Select.Option>
          ))}
        </SelectField>
        <Textfield type="date" label={t('campaigns.form.startDate')} required {...text('startDate')} />
        <Textfield type="date" label={t('campaigns.form.endDate')} required {...text('endDate')} />
        <Textfield label={t('campaigns.form.budgetNok')} inputMode="numeric" required {...text('budgetNok')} />
        <Textfield
          label={t('campaigns.form.otherSpendNok')}
          description={t('campaigns.form.otherSpendHelp')}
          inputMode="numeric"
          {...text('otherSpendNok')}
        />
        <Textfield label={t('campaigns.form.owner')} {...text('owner')} />
        <CheckboxList
          legend={t('campaigns.form.focusAreas')}
          options={focusAreas.map((area) => ({ value: area, label: t(`focusAreas.${area}`) }))}
          selected={values.focusAreas}
          onChange={(selected) => set('focusAreas', selected as FocusArea[])}
          error={error('focusAreas')}
        />
        <Textfield
          multiline
          rows={3}
          label={t('campaigns.form.targetGroups')}
          description={t('campaigns.form.targetGroupsHelp')}
          {...text('targetGroups')}
        />
        <CheckboxList
          legend={t('campaigns.form.channels')}
          options={knownChannels.map((channel) => ({ value: channel, label: channelLabel(channel) }))}
          selected={values.channels}
          onChange={(selected) => set('channels', selected)}
          error={error('channels')}
        />
        <Textfield label={t('campaigns.form.otherChannel')} description={t('campaigns.form.otherChannelHelp')} {...text('otherChannels')} />

        <Fieldset>
          <Fieldset.Legend>{t('campaigns.form.targets')}</Fieldset.Legend>
          <Fieldset.Description>{t('campaigns.form.targetsHelp')}</Fieldset.Description>
          {countMetrics.map((metric) => (
            <Textfield
              key={metric}
              label={t(`campaigns.metrics.${metric}`)}
              inputMode="numeric"
              value={values.targets[metric]}
              error={error(`targets.${metric}`)}
              onChange={(event) => set('targets', { ...values.targets, [metric]: event.target.value })}
            />
          ))}
        </Fieldset>

        <RowList<KpiRow>
          legend={t('campaigns.form.kpis')}
          description={t('campaigns.form.kpisHelp')}
          rows={values.kpis}
          onChange={(rows) => set('kpis', rows)}
          blank={{ key: '', feeds: '' }}
          what={t('campaigns.form.kpi')}
          addLabel={t('campaigns.form.addKpi')}
          removeLabel={(number) => t('campaigns.form.removeKpi', { number })}
          render={(row, index, update) => (
            <>
              <SelectField
                label={t('campaigns.form.kpi')}
                value={row.key}
                error={error(`kpis[${index}].key`)}
                onChange={(key) => update({ key })}
              >
                <Select.Option value="">{t('campaigns.form.chooseKpi')}</Select.Option>
                {kpiOptions.map((option) => (
                  <Select.Option key={option.value} value={option.value}>
                    {option.label}
                  </Select.Option>
                ))}
              </SelectField>
              <SelectField
                label={t('campaigns.form.feeds')}
                value={row.feeds}
                error={error(`kpis[${index}].feeds`)}
                onChange={(feeds) => update({ feeds: feeds as KpiRow['feeds'] })}
              >
                <Select.Option value="">{t('campaigns.form.feedsNone')}</Select.Option>
                <Select.Option value="sessions">{t('campaigns.form.feedsSessions')}</Select.Option>
                <Select.Option value="leads">{t('campaigns.form.feedsLeads')}</Select.Option>
              </SelectField>
            </>
          )}
        />

        <RowList<PartnerRow>
          legend={t('campaigns.form.partners')}
          rows={values.partners}
          onChange={(rows) => set('partners', rows)}
          blank={{ partnerId: '', amountNok: '' }}
          what={t('campaigns.form.partner')}
          addLabel={t('campaigns.form.addPartner')}
          removeLabel={(number) => t('campaigns.form.removePartner', { number })}
          render={(row, index, update) => (
            <>
              <SelectField
                label={t('campaigns.form.partner')}
                value={row.partnerId}
                error={error(`partners[${index}].partnerId`)}
                onChange={(partnerId) => update({ partnerId })}
              >
                <Select.Option value="">{t('campaigns.form.choosePartner')}</Select.Option>
                {partnerChoices.map((option) => (
                  <Select.Option key={option.value} value={option.value}>
                    {option.label}
                  </Select.Option>
                ))}
              </SelectField>
              <Textfield
                label={t('campaigns.form.amountNok')}
                inputMode="numeric"
                value={row.amountNok}
                error={error(`partners[${index}].amountNok`)}
                onChange={(event) => update({ amountNok: event.target.value })}
              />
            </>
          )}
        />

        <RowList<LinkRow>
          legend={t('campaigns.form.links')}
          description={t('campaigns.form.linksHelp')}
          rows={values.links}
          onChange={(rows) => set('links', rows)}
          blank={{ baseUrl: '', source: '', medium: '', content: '' }}
          what={t('campaigns.form.link')}
          addLabel={t('campaigns.form.addLink')}
          removeLabel={(number) => t('campaigns.form.removeLink', { number })}
          render={(row, index, update) =>
            (['baseUrl', 'source', 'medium', 'content'] as const).map((field) => (
              <Textfield
                key={field}
                label={t(`campaigns.form.${field}`)}
                type={field === 'baseUrl' ? 'url' : 'text'}
                value={row[field]}
                error={error(`links[${index}].${field}`)}
                onChange={(event) => update({ [field]: event.target.value })}
              />
            ))
          }
        />

        <DialogButtons pending={save.isPending} onCancel={onCancel} submitLabel={t('campaigns.form.save')} />
      </form>
    </>
  );
}

/** A list of small sub-forms (linked KPIs, partners, links): each in its own numbered fieldset, added and removed by buttons. */
function RowList<Row>({
  legend,
  description,
  rows,
  onChange,
  blank,
  what,
  addLabel,
  removeLabel,
  render,
}: {
  legend: string;
  description?: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  blank: Row;
  what: string;
  addLabel: string;
  removeLabel: (number: number) => string;
  render: (row: Row, index: number, update: (change: Partial<Row>) => void) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {rows.map((row, index) => (
        <Fieldset key={index} className="vekst-row-fieldset">
          <Fieldset.Legend>{t('campaigns.form.rowLegend', { what, number: index + 1 })}</Fieldset.Legend>
          {render(row, index, (change) => onChange(rows.map((candidate, at) => (at === index ? { ...candidate, ...change } : candidate))))}
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
            {removeLabel(index + 1)}
          </Button>
        </Fieldset>
      ))}
      <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange([...rows, blank])}>
        {addLabel}
      </Button>
    </Fieldset>
  );
}
