import { Tag, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { CheckboxList } from '../../components/CheckboxList';
import { DetailsList } from '../../components/DetailsList';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { SelectField } from '../../components/SelectField';
import { useFormFields, type LocalErrors } from '../../components/useFormFields';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { formatDate, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { FocusArea } from '../../lib/kpis/api';
import { usePartnerOptions } from '../../lib/partnerOptions';
import { useEvent, useSaveEvent, type Event } from './api';

/** "(demo)" beside a fictional event's name: a tag to see, words to hear. */
export function DemoBadge() {
  const { t } = useI18n();
  return (
    <Tag data-color="info" data-size="sm" className="vekst-demo" title={t('events.demoExplained')}>
      {t('events.demoLabel')}
    </Tag>
  );
}

/** "18.04.2026" or "18.04.2026–19.04.2026" for an event over several days. */
export function useEventDates(): (event: Event) => string {
  const { t, language } = useI18n();
  return (event) =>
    event.endDate && event.endDate !== event.date
      ? t('events.dateRange', { from: formatDate(event.date, language), to: formatDate(event.endDate, language) })
      : formatDate(event.date, language);
}

type Values = {
  name: string;
  date: string;
  endDate: string;
  place: string;
  focusArea: FocusArea | '';
  description: string;
  attendees: string;
  partnerIds: string[];
  notes: string;
};

const empty: Values = {
  name: '',
  date: '',
  endDate: '',
  place: '',
  focusArea: '',
  description: '',
  attendees: '',
  partnerIds: [],
  notes: '',
};

function toValues(event: Event): Values {
  return {
    name: event.name,
    date: event.date,
    endDate: event.endDate ?? '',
    place: event.place ?? '',
    focusArea: event.focusArea ?? '',
    description: event.description ?? '',
    attendees: event.attendees === null ? '' : String(event.attendees),
    partnerIds: event.partners.map((partner) => partner.id),
    notes: event.notes ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function CreateEventDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (event: Event) => void }) {
  const { t } = useI18n();
  return (
    <FormDialog title={t('events.createTitle')} onClose={onClose}>
      <EventForm event={null} etag="" onCancel={onClose} onSaved={onSaved} />
    </FormDialog>
  );
}

/**
 * An event read fresh: editors and admins change it (its ETag in If-Match) or delete it; viewers
 * read it.
 */
export function EventDialog({
  eventId,
  manage,
  onClose,
  onSaved,
  onDelete,
}: {
  eventId: string;
  manage: boolean;
  onClose: () => void;
  onSaved: (event: Event) => void;
  onDelete: (event: Event, etag: string) => void;
}) {
  const { t } = useI18n();
  const current = useEvent(eventId);
  return (
    <FormDialog title={manage ? t('events.editTitle') : (current.data?.event.name ?? t('events.title'))} onClose={onClose}>
      <QueryStatus query={current}>
        {({ event, etag }) =>
          manage ? (
            <EventForm
              key={etag}
              event={event}
              etag={etag}
              onCancel={onClose}
              onSaved={onSaved}
              onReload={() => void current.refetch()}
              onDelete={() => onDelete(event, etag)}
            />
          ) : (
            <EventDetails event={event} />
          )
        }
      </QueryStatus>
    </FormDialog>
  );
}

function EventDetails({ event }: { event: Event }) {
  const { t, language } = useI18n();
  const dates = useEventDates();
  const rows: [string, string][] = [
    [t('events.columns.date'), dates(event)],
    [t('events.columns.place'), event.place ?? ''],
    [t('events.columns.focusArea'), event.focusArea ? t(`focusAreas.${event.focusArea}`) : t('events.noFocusArea')],
    [t('events.columns.attendees'), event.attendees === null ? '' : formatInteger(event.attendees, language)],
    [t('events.columns.partners'), event.partners.map((partner) => partner.name).join(', ') || t('events.noPartners')],
    [t('events.fields.description'), event.description ?? ''],
  ];
  return (
    <>
      {event.demo && <DemoBadge />}
      <DetailsList rows={rows} />
    </>
  );
}

function EventForm({
  event,
  etag,
  onCancel,
  onSaved,
  onReload,
  onDelete,
}: {
  event: Event | null;
  etag: string;
  onCancel: () => void;
  onSaved: (event: Event) => void;
  onReload?: () => void;
  onDelete?: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveEvent();
  const partners = usePartnerOptions(true);
  const { values, set, error, bind, accept } = useFormFields<Values>(() => (event ? toValues(event) : empty), save.error);
  // A partner already linked stays choosable even if it is not among the first 500.
  const partnerOptions = [
    ...(partners.data ?? []),
    ...(event?.partners ?? [])
      .filter((partner) => !(partners.data ?? []).some((option) => option.value === partner.id))
      .map((partner) => ({ value: partner.id, label: partner.name })),
  ];

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const errors: LocalErrors<Values> = {};
    if (values.name.trim() === '') errors.name = t('errors.fields.required');
    if (values.date === '') errors.date = t('events.dateRequired');
    if (values.attendees.trim() !== '' && !/^\d+$/.test(values.attendees.trim())) errors.attendees = t('events.attendeesInvalid');
    if (!accept(errors)) return;
    save.mutate(
      {
        id: event?.id ?? null,
        etag,
        body: {
          name: values.name.trim(),
          date: values.date,
          endDate: values.endDate === '' ? null : values.endDate,
          place: orNull(values.place),
          focusArea: values.focusArea === '' ? null : values.focusArea,
          description: orNull(values.description),
          attendees: values.attendees.trim() === '' ? null : Number(values.attendees.trim()),
          partnerIds: values.partnerIds,
          notes: orNull(values.notes),
        },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <>
      <SaveError error={save.error} staleText={t('events.stale')} reloadLabel={t('events.reload')} onReload={onReload} />
      {event?.demo && <DemoBadge />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield label={t('events.fields.name')} required {...bind('name')} />
        <Textfield type="date" label={t('events.fields.date')} required {...bind('date')} />
        <Textfield type="date" label={t('events.fields.endDate')} description={t('events.fields.endDateHelp')} {...bind('endDate')} />
        <Textfield label={t('events.fields.place')} {...bind('place')} />
        <SelectField
          label={t('events.fields.focusArea')}
          value={values.focusArea}
          error={error('focusArea')}
          onChange={(value) => set('focusArea', value as FocusArea | '')}
        >
          <FocusAreaOptions emptyLabel={t('events.noFocusArea')} />
        </SelectField>
        <Textfield label={t('events.fields.attendees')} inputMode="numeric" {...bind('attendees')} />
        <Textfield multiline rows={3} label={t('events.fields.description')} {...bind('description')} />
        <CheckboxList
          legend={t('events.fields.partners')}
          filterLabel={t('events.fields.partnersFilter')}
          options={partnerOptions}
          selected={values.partnerIds}
          onChange={(selected) => set('partnerIds', selected)}
          error={error('partnerIds')}
        />
        <Textfield multiline rows={2} label={t('events.fields.notes')} {...bind('notes')} />
        <DialogButtons
          pending={save.isPending}
          onCancel={onCancel}
          submitLabel={t('events.save')}
          onDelete={onDelete}
          deleteLabel={t('events.delete')}
        />
      </form>
    </>
  );
}
