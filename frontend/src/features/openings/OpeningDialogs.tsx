import { Button, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, type FormEvent } from 'react';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SaveError } from '../../components/SaveError';
import { SelectField } from '../../components/SelectField';
import { useFormFields, type LocalErrors } from '../../components/useFormFields';
import { todayIso } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { organisationNumberProblem } from '../../lib/organisationNumber';
import {
  employmentTypes,
  isFeedOwned,
  settableStatuses,
  useCategories,
  useOpening,
  useSaveOpening,
  type EmploymentType,
  type JobOpening,
  type JobOpeningInput,
} from './api';
import { MunicipalityOptions, OpeningDetails, useMunicipalityOptions } from './parts';

// The employer's keys are the server's field paths, so its field errors land beside the inputs.
type Values = {
  title: string;
  'employer.name': string;
  'employer.organisationNumber': string;
  municipality: string;
  address: string;
  postalCode: string;
  city: string;
  category: string;
  employmentType: EmploymentType | '';
  positions: string;
  startDate: string;
  applicationDeadline: string;
  link: string;
  description: string;
  status: JobOpeningInput['status'];
};

const empty: Values = {
  title: '',
  'employer.name': '',
  'employer.organisationNumber': '',
  municipality: '',
  address: '',
  postalCode: '',
  city: '',
  category: '',
  employmentType: '',
  positions: '1',
  startDate: '',
  applicationDeadline: '',
  link: '',
  description: '',
  status: 'draft',
};

function toValues(opening: JobOpening): Values {
  return {
    title: opening.title,
    'employer.name': opening.employer.name,
    'employer.organisationNumber': opening.employer.organisationNumber ?? '',
    municipality: opening.municipality.code,
    address: opening.address ?? '',
    postalCode: opening.postalCode ?? '',
    city: opening.city ?? '',
    category: opening.category ?? '',
    employmentType: opening.employmentType ?? '',
    positions: String(opening.positions),
    startDate: opening.startDate ?? '',
    applicationDeadline: opening.applicationDeadline,
    link: opening.link ?? '',
    description: opening.description ?? '',
    // An expired opening is still published; the server marks it expired again while the deadline has passed.
    status: opening.status === 'expired' ? 'published' : opening.status,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** What is wrong before sending, in words; an empty object when nothing is. */
export function validateOpening(values: Values, ownOrganisation: boolean, t: ReturnType<typeof useI18n>['t']): LocalErrors<Values> {
  const errors: LocalErrors<Values> = {};
  if (values.title.trim() === '') errors.title = t('openings.validation.titleRequired');
  if (!ownOrganisation) {
    if (values['employer.name'].trim() === '') errors['employer.name'] = t('openings.validation.employerRequired');
    const number = values['employer.organisationNumber'].trim();
    const problem = number === '' ? null : organisationNumberProblem(number);
    if (problem === 'malformed') errors['employer.organisationNumber'] = t('openings.validation.organisationNumberDigits');
    if (problem === 'invalid-check-digit') errors['employer.organisationNumber'] = t('openings.validation.organisationNumberCheckDigit');
  }
  if (values.municipality === '') errors.municipality = t('openings.validation.municipalityRequired');
  else if (!/^\d{4}$/.test(values.municipality)) errors.municipality = t('openings.validation.municipalityCode');
  if (values.postalCode.trim() !== '' && !/^\d{4}$/.test(values.postalCode.trim())) errors.postalCode = t('openings.validation.postalCode');
  if (values.positions.trim() !== '' && !/^[1-9]\d{0,3}$/.test(values.positions.trim()))
    errors.positions = t('openings.validation.positions');
  if (values.applicationDeadline === '') errors.applicationDeadline = t('openings.validation.deadlineRequired');
  else if (values.status === 'published' && values.applicationDeadline < todayIso())
    errors.applicationDeadline = t('openings.validation.deadlinePassed');
  if (values.link.trim() !== '' && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(values.link.trim())) errors.link = t('openings.validation.link');
  return errors;
}

function bodyOf(values: Values, ownOrganisation: boolean): JobOpeningInput {
  return {
    title: values.title.trim(),
    // A partner user's openings are its own organisation's: the server fills in the employer.
    ...(ownOrganisation
      ? {}
      : {
          employer: {
            name: values['employer.name'].trim(),
            organisationNumber: orNull(values['employer.organisationNumber'].replace(/\s/g, '')),
          },
        }),
    municipality: values.municipality,
    address: orNull(values.address),
    postalCode: orNull(values.postalCode),
    city: orNull(values.city),
    category: orNull(values.category),
    employmentType: values.employmentType === '' ? null : values.employmentType,
    positions: values.positions.trim() === '' ? null : Number(values.positions.trim()),
    startDate: values.startDate === '' ? null : values.startDate,
    applicationDeadline: values.applicationDeadline,
    link: orNull(values.link),
    description: orNull(values.description),
    status: values.status,
  };
}

export function CreateOpeningDialog({
  ownOrganisation,
  onClose,
  onSaved,
}: {
  ownOrganisation: boolean;
  onClose: () => void;
  onSaved: (opening: JobOpening) => void;
}) {
  const { t } = useI18n();
  return (
    <FormDialog title={t('openings.createTitle')} onClose={onClose}>
      <OpeningForm opening={null} etag="" ownOrganisation={ownOrganisation} onCancel={onClose} onSaved={onSaved} />
    </FormDialog>
  );
}

/** The opening read fresh for its form, changed with its ETag in If-Match. */
export function EditOpeningDialog({
  openingId,
  ownOrganisation,
  onClose,
  onSaved,
}: {
  openingId: string;
  ownOrganisation: boolean;
  onClose: () => void;
  onSaved: (opening: JobOpening) => void;
}) {
  const { t } = useI18n();
  const current = useOpening(openingId);
  return (
    <FormDialog title={t('openings.editTitle')} onClose={onClose}>
      <QueryStatus query={current}>
        {({ opening, etag }) => (
          <OpeningForm
            key={etag}
            opening={opening}
            etag={etag}
            ownOrganisation={ownOrganisation}
            onCancel={onClose}
            onSaved={onSaved}
            onReload={() => void current.refetch()}
          />
        )}
      </QueryStatus>
    </FormDialog>
  );
}

/**
 * An opening to read, with its description; those who may manage it get "Change" and "Delete"
 * (never for a feed opening, which only the feed changes).
 */
export function ViewOpeningDialog({
  openingId,
  manage,
  onClose,
  onEdit,
  onDelete,
}: {
  openingId: string;
  manage: boolean;
  onClose: () => void;
  onEdit: (opening: JobOpening) => void;
  onDelete: (opening: JobOpening, etag: string) => void;
}) {
  const { t } = useI18n();
  const current = useOpening(openingId);
  return (
    <FormDialog title={current.data?.opening.title ?? t('openings.title')} onClose={onClose}>
      <QueryStatus query={current}>
        {({ opening, etag }) => (
          <>
            <OpeningDetails opening={opening} />
            {manage && !isFeedOwned(opening) && (
              <div className="vekst-actions">
                <Button onClick={() => onEdit(opening)}>{t('openings.edit')}</Button>
                <Button variant="tertiary" data-color="danger" onClick={() => onDelete(opening, etag)}>
                  {t('openings.delete')}
                </Button>
              </div>
            )}
          </>
        )}
      </QueryStatus>
    </FormDialog>
  );
}

function OpeningForm({
  opening,
  etag,
  ownOrganisation,
  onCancel,
  onSaved,
  onReload,
}: {
  opening: JobOpening | null;
  etag: string;
  ownOrganisation: boolean;
  onCancel: () => void;
  onSaved: (opening: JobOpening) => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveOpening();
  const categories = useCategories();
  const municipalities = useMunicipalityOptions();
  const categoryListId = useId();
  const { values, set, error, bind, accept } = useFormFields<Values>(() => (opening ? toValues(opening) : empty), save.error);
  // The opening's own municipality stays choosable even when it is outside the region.
  const municipalityOptions =
    opening && !municipalities.some((option) => option.code === opening.municipality.code)
      ? [...municipalities, { code: opening.municipality.code, name: opening.municipality.name }]
      : municipalities;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!accept(validateOpening(values, ownOrganisation, t))) return;
    save.mutate({ id: opening?.id ?? null, etag, body: bodyOf(values, ownOrganisation) }, { onSuccess: onSaved });
  };

  return (
    <>
      <SaveError error={save.error} staleText={t('openings.stale')} reloadLabel={t('openings.reload')} onReload={onReload} />
      <form onSubmit={submit} className="vekst-form" noValidate data-testid="opening-form">
        <Textfield label={t('openings.fields.title')} required {...bind('title')} />
        {ownOrganisation ? (
          <Paragraph data-size="sm">{t('openings.ownEmployer')}</Paragraph>
        ) : (
          <>
            <Textfield label={t('openings.fields.employerName')} required autoComplete="organization" {...bind('employer.name')} />
            <Textfield
              label={t('openings.fields.organisationNumber')}
              description={t('openings.fields.organisationNumberHelp')}
              inputMode="numeric"
              {...bind('employer.organisationNumber')}
            />
          </>
        )}
        {municipalityOptions.length > 0 ? (
          <SelectField
            label={t('openings.fields.municipality')}
            required
            value={values.municipality}
            error={error('municipality')}
            onChange={(value) => set('municipality', value)}
          >
            <MunicipalityOptions options={municipalityOptions} emptyLabel={t('openings.chooseMunicipality')} />
          </SelectField>
        ) : (
          <Textfield
            label={t('openings.fields.municipalityCode')}
            description={t('openings.fields.municipalityCodeHelp')}
            required
            inputMode="numeric"
            {...bind('municipality')}
          />
        )}
        <Textfield label={t('openings.fields.address')} autoComplete="street-address" {...bind('address')} />
        <Textfield label={t('openings.fields.postalCode')} inputMode="numeric" autoComplete="postal-code" {...bind('postalCode')} />
        <Textfield label={t('openings.fields.city')} autoComplete="address-level2" {...bind('city')} />
        <Textfield
          label={t('openings.fields.category')}
          description={t('openings.fields.categoryHelp')}
          list={categoryListId}
          {...bind('category')}
        />
        <datalist id={categoryListId}>
          {(categories.data ?? []).map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
        <SelectField
          label={t('openings.fields.employmentType')}
          value={values.employmentType}
          error={error('employmentType')}
          onChange={(value) => set('employmentType', value as EmploymentType | '')}
        >
          <Select.Option value="">{t('openings.noEmploymentType')}</Select.Option>
          {employmentTypes.map((type) => (
            <Select.Option key={type} value={type}>
              {t(`openings.employmentTypes.${type}`)}
            </Select.Option>
          ))}
        </SelectField>
        <Textfield label={t('openings.fields.positions')} inputMode="numeric" {...bind('positions')} />
        <Textfield type="date" label={t('openings.fields.startDate')} {...bind('startDate')} />
        <Textfield type="date" label={t('openings.fields.applicationDeadline')} required {...bind('applicationDeadline')} />
        <Textfield
          type="url"
          label={t('openings.fields.link')}
          description={t('openings.fields.linkHelp')}
          autoComplete="url"
          {...bind('link')}
        />
        <Textfield
          multiline
          rows={5}
          label={t('openings.fields.description')}
          description={t('openings.fields.descriptionHelp')}
          {...bind('description')}
        />
        <SelectField
          label={t('openings.fields.status')}
          description={t('openings.fields.statusHelp')}
          value={values.status}
          error={error('status')}
          onChange={(value) => set('status', value as JobOpeningInput['status'])}
        >
          {settableStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`openings.statuses.${status}`)}
            </Select.Option>
          ))}
        </SelectField>
        <DialogButtons pending={save.isPending} onCancel={onCancel} submitLabel={t('openings.save')} />
      </form>
    </>
  );
}
