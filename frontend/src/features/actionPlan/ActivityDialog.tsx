import { Select, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { CheckboxList } from '../../components/CheckboxList';
import { DetailsList } from '../../components/DetailsList';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { SelectField } from '../../components/SelectField';
import { useFormFields, type LocalErrors } from '../../components/useFormFields';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useKpiList, type FocusArea } from '../../lib/kpis/api';
import { activityAxes, activityStatuses, useActivity, useSaveActivity, type Activity, type ActivityAxis, type ActivityStatus } from './api';
import { LateMark } from './ActivityViews';

type Values = {
  title: string;
  description: string;
  axis: ActivityAxis | '';
  focusArea: FocusArea | '';
  owner: string;
  dueDate: string;
  status: ActivityStatus;
  kpiKeys: string[];
};

const empty: Values = { title: '', description: '', axis: '', focusArea: '', owner: '', dueDate: '', status: 'planned', kpiKeys: [] };

function toValues(activity: Activity): Values {
  return {
    title: activity.title,
    description: activity.description ?? '',
    axis: activity.axis,
    focusArea: activity.focusArea,
    owner: activity.owner ?? '',
    dueDate: activity.dueDate ?? '',
    status: activity.status,
    kpiKeys: [...activity.kpiKeys],
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

type DialogProps = {
  year: number;
  onClose: () => void;
  onSaved: (activity: Activity, created: boolean) => void;
};

export function CreateActivityDialog({ year, onClose, onSaved }: DialogProps) {
  const { t } = useI18n();
  return (
    <FormDialog title={t('actionPlan.createTitle', { year })} onClose={onClose}>
      <ActivityForm year={year} activity={null} etag="" onCancel={onClose} onSaved={(activity) => onSaved(activity, true)} />
    </FormDialog>
  );
}

/**
 * Opens an activity read fresh: editors and admins change it (its ETag goes back in If-Match) or
 * delete it; viewers read it.
 */
export function ActivityDialog({
  year,
  activityId,
  manage,
  onClose,
  onSaved,
  onDelete,
}: DialogProps & { activityId: string; manage: boolean; onDelete: (activity: Activity, etag: string) => void }) {
  const { t } = useI18n();
  const current = useActivity(year, activityId);
  return (
    <FormDialog title={manage ? t('actionPlan.editTitle') : (current.data?.activity.title ?? t('actionPlan.titlePlain'))} onClose={onClose}>
      <QueryStatus query={current}>
        {({ activity, etag }) =>
          manage ? (
            <ActivityForm
              key={etag}
              year={year}
              activity={activity}
              etag={etag}
              onCancel={onClose}
              onSaved={(saved) => onSaved(saved, false)}
              onReload={() => void current.refetch()}
              onDelete={() => onDelete(activity, etag)}
            />
          ) : (
            <ActivityDetails activity={activity} />
          )
        }
      </QueryStatus>
    </FormDialog>
  );
}

function ActivityDetails({ activity }: { activity: Activity }) {
  const { t, language } = useI18n();
  const kpis = useKpiList();
  const kpiName = (key: string) => kpis.data?.find((kpi) => kpi.key === key)?.name[language] ?? key;
  return (
    <>
      {activity.late && <LateMark />}
      <DetailsList
        rows={[
          [t('actionPlan.fields.status'), t(`actionPlan.statuses.${activity.status}`)],
          [t('actionPlan.fields.dueDate'), activity.dueDate ? formatDate(activity.dueDate, language) : t('actionPlan.noDue')],
          [t('actionPlan.fields.axis'), t(`actionPlan.axes.${activity.axis}`)],
          [t('actionPlan.fields.focusArea'), t(`focusAreas.${activity.focusArea}`)],
          [t('actionPlan.fields.owner'), activity.owner ?? ''],
          [t('actionPlan.fields.kpis'), activity.kpiKeys.map(kpiName).join(', ')],
          [t('actionPlan.fields.description'), activity.description ?? ''],
        ]}
      />
    </>
  );
}

function ActivityForm({
  year,
  activity,
  etag,
  onCancel,
  onSaved,
  onReload,
  onDelete,
}: {
  year: number;
  activity: Activity | null;
  etag: string;
  onCancel: () => void;
  onSaved: (activity: Activity) => void;
  onReload?: () => void;
  onDelete?: () => void;
}) {
  const { t, language } = useI18n();
  const save = useSaveActivity(year);
  const kpis = useKpiList();
  const { values, set, error, bind, accept } = useFormFields<Values>(() => (activity ? toValues(activity) : empty), save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors<Values> = {};
    if (values.title.trim() === '') errors.title = t('errors.fields.required');
    if (values.axis === '') errors.axis = t('errors.fields.required');
    if (values.focusArea === '') errors.focusArea = t('errors.fields.required');
    if (!accept(errors) || values.axis === '' || values.focusArea === '') return;
    save.mutate(
      {
        id: activity?.id ?? null,
        etag,
        body: {
          title: values.title.trim(),
          description: orNull(values.description),
          axis: values.axis,
          focusArea: values.focusArea,
          owner: orNull(values.owner),
          dueDate: values.dueDate === '' ? null : values.dueDate,
          status: values.status,
          kpiKeys: values.kpiKeys,
        },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <>
      <SaveError error={save.error} staleText={t('actionPlan.stale')} reloadLabel={t('actionPlan.reload')} onReload={onReload} />
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield label={t('actionPlan.fields.title')} required {...bind('title')} />
        <SelectField
          label={t('actionPlan.fields.status')}
          value={values.status}
          error={error('status')}
          onChange={(value) => set('status', value as ActivityStatus)}
        >
          {activityStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`actionPlan.statuses.${status}`)}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          label={t('actionPlan.fields.axis')}
          required
          value={values.axis}
          error={error('axis')}
          onChange={(value) => set('axis', value as ActivityAxis | '')}
        >
          <Select.Option value="">{t('actionPlan.chooseAxis')}</Select.Option>
          {activityAxes.map((axis) => (
            <Select.Option key={axis} value={axis}>
              {t(`actionPlan.axes.${axis}`)}
            </Select.Option>
          ))}
        </SelectField>
        <SelectField
          label={t('actionPlan.fields.focusArea')}
          required
          value={values.focusArea}
          error={error('focusArea')}
          onChange={(value) => set('focusArea', value as FocusArea | '')}
        >
          <FocusAreaOptions emptyLabel={t('actionPlan.chooseFocusArea')} />
        </SelectField>
        <Textfield label={t('actionPlan.fields.owner')} description={t('actionPlan.fields.ownerHelp')} {...bind('owner')} />
        <Textfield type="date" label={t('actionPlan.fields.dueDate')} {...bind('dueDate')} />
        <Textfield multiline rows={3} label={t('actionPlan.fields.description')} {...bind('description')} />
        <CheckboxList
          legend={t('actionPlan.fields.kpis')}
          description={t('actionPlan.fields.kpisHelp')}
          options={(kpis.data ?? []).map((kpi) => ({ value: kpi.key, label: kpi.name[language] }))}
          selected={values.kpiKeys}
          onChange={(selected) => set('kpiKeys', selected)}
          error={error('kpiKeys')}
        />
        <DialogButtons
          pending={save.isPending}
          onCancel={onCancel}
          submitLabel={t('actionPlan.save')}
          onDelete={onDelete}
          deleteLabel={t('actionPlan.delete')}
        />
      </form>
    </>
  );
}
