import { Alert, Button, Checkbox, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { AccountNameFields } from '../../components/AccountNameFields';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { SelectField } from '../../components/SelectField';
import { ApiError } from '../../lib/api/client';
import { useI18n } from '../../lib/i18n';
import {
  partnerStatuses,
  sectors,
  sizeBands,
  useCreatePartner,
  useInvitePartnerUser,
  usePartner,
  useUpdatePartner,
  useUpdatePartnerProfile,
  type Partner,
  type PartnerInput,
  type PartnerProfileUpdate,
  type PartnerStatus,
  type Sector,
  type SizeBand,
} from './api';
import { organisationNumberProblem } from '../../lib/organisationNumber';

type Values = {
  organisationNumber: string;
  name: string;
  sector: Sector | '';
  sizeBand: SizeBand | '';
  address: string;
  postalCode: string;
  postalPlace: string;
  municipality: string;
  website: string;
  logoUrl: string;
  status: PartnerStatus;
  publicListingConsent: boolean;
  notes: string;
};

const empty: Values = {
  organisationNumber: '',
  name: '',
  sector: '',
  sizeBand: '',
  address: '',
  postalCode: '',
  postalPlace: '',
  municipality: '',
  website: '',
  logoUrl: '',
  status: 'prospect',
  publicListingConsent: false,
  notes: '',
};

function toValues(partner: Partner): Values {
  return {
    organisationNumber: partner.organisationNumber,
    name: partner.name,
    sector: partner.sector,
    sizeBand: partner.sizeBand ?? '',
    address: partner.address ?? '',
    postalCode: partner.postalCode ?? '',
    postalPlace: partner.postalPlace ?? '',
    municipality: partner.municipality ?? '',
    website: partner.website ?? '',
    logoUrl: partner.logoUrl ?? '',
    status: partner.status,
    publicListingConsent: partner.publicListingConsent,
    notes: partner.notes ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toInput(values: Values): PartnerInput {
  return {
    organisationNumber: values.organisationNumber.replace(/\s/g, ''),
    name: values.name.trim(),
    sector: values.sector as Sector,
    sizeBand: values.sizeBand || null,
    address: orNull(values.address),
    postalCode: orNull(values.postalCode),
    postalPlace: orNull(values.postalPlace),
    municipality: orNull(values.municipality),
    website: orNull(values.website),
    logoUrl: orNull(values.logoUrl),
    status: values.status,
    publicListingConsent: values.publicListingConsent,
    notes: orNull(values.notes),
  };
}

function toProfile(values: Values): PartnerProfileUpdate {
  return {
    name: values.name.trim(),
    sizeBand: values.sizeBand || null,
    address: orNull(values.address),
    postalCode: orNull(values.postalCode),
    postalPlace: orNull(values.postalPlace),
    website: orNull(values.website),
    logoUrl: orNull(values.logoUrl),
    publicListingConsent: values.publicListingConsent,
  };
}

type FieldsProps = {
  values: Values;
  onChange: (values: Values) => void;
  fieldError: (field: string) => string | undefined;
  /** Staff see every field; a partner user only the profile it may change. */
  mode: 'staff' | 'profile';
  /** Found in the browser before sending; they win over the last answer's field errors. */
  localErrors: Partial<Record<keyof Values, string>>;
};

function PartnerFields({ values, onChange, fieldError, mode, localErrors }: FieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof Values>(key: K, value: Values[K]) => onChange({ ...values, [key]: value });
  const error = (key: keyof Values) => localErrors[key] ?? fieldError(key);
  const text = (key: 'name' | 'address' | 'postalPlace' | 'website' | 'logoUrl', extra: { type?: 'url'; description?: string } = {}) => (
    <Textfield
      label={t(`partners.fields.${key}`)}
      description={extra.description}
      type={extra.type}
      required={key === 'name'}
      value={values[key]}
      error={error(key)}
      onChange={(event) => set(key, event.target.value)}
    />
  );
  return (
    <>
      {mode === 'staff' && (
        <Textfield
          label={t('partners.fields.organisationNumber')}
          description={t('partners.fields.organisationNumberHelp')}
          inputMode="numeric"
          autoComplete="off"
          required
          value={values.organisationNumber}
          error={error('organisationNumber')}
          onChange={(event) => set('organisationNumber', event.target.value)}
        />
      )}
      {text('name')}
      {mode === 'staff' && (
        <SelectField
          label={t('partners.fields.sector')}
          required
          value={values.sector}
          error={error('sector')}
          onChange={(value) => set('sector', value as Sector | '')}
        >
          <Select.Option value="">{t('partners.chooseSector')}</Select.Option>
          {sectors.map((sector) => (
            <Select.Option key={sector} value={sector}>
              {t(`partners.sectors.${sector}`)}
            </Select.Option>
          ))}
        </SelectField>
      )}
      <SelectField
        label={t('partners.fields.sizeBand')}
        value={values.sizeBand}
        error={error('sizeBand')}
        onChange={(value) => set('sizeBand', value as SizeBand | '')}
      >
        <Select.Option value="">{t('partners.noSizeBand')}</Select.Option>
        {sizeBands.map((band) => (
          <Select.Option key={band} value={band}>
            {t(`partners.sizeBands.${band}`)}
          </Select.Option>
        ))}
      </SelectField>
      {text('address')}
      <Textfield
        label={t('partners.fields.postalCode')}
        inputMode="numeric"
        maxLength={4}
        value={values.postalCode}
        error={error('postalCode')}
        onChange={(event) => set('postalCode', event.target.value.replace(/\D/g, ''))}
      />
      {text('postalPlace')}
      {mode === 'staff' && (
        <Textfield
          label={t('partners.fields.municipality')}
          description={t('partners.fields.municipalityHelp')}
          inputMode="numeric"
          maxLength={4}
          value={values.municipality}
          error={error('municipality')}
          onChange={(event) => set('municipality', event.target.value.replace(/\D/g, ''))}
        />
      )}
      {text('website', { type: 'url', description: t('partners.fields.urlHelp') })}
      {text('logoUrl', { type: 'url', description: t('partners.fields.urlHelp') })}
      {mode === 'staff' && (
        <SelectField
          label={t('partners.fields.status')}
          value={values.status}
          error={error('status')}
          description={t('partners.fields.statusHelp')}
          onChange={(value) => set('status', value as PartnerStatus)}
        >
          {partnerStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`partners.statuses.${status}`)}
            </Select.Option>
          ))}
        </SelectField>
      )}
      <Checkbox
        label={t('partners.fields.publicListingConsent')}
        description={t('partners.fields.publicListingConsentHelp')}
        checked={values.publicListingConsent}
        error={error('publicListingConsent')}
        onChange={(event) => set('publicListingConsent', event.target.checked)}
      />
      {mode === 'staff' && (
        <Textfield
          multiline
          rows={3}
          label={t('partners.fields.notes')}
          description={t('partners.fields.notesHelp')}
          value={values.notes}
          error={error('notes')}
          onChange={(event) => set('notes', event.target.value)}
        />
      )}
    </>
  );
}

/** Checks in the browser what can be checked without the server: required choices and the check digit. */
function localValidation(values: Values, mode: 'staff' | 'profile', t: ReturnType<typeof useI18n>['t']) {
  const errors: Partial<Record<keyof Values, string>> = {};
  if (values.name.trim() === '') errors.name = t('errors.fields.required');
  if (mode === 'staff') {
    const problem = organisationNumberProblem(values.organisationNumber);
    if (problem) errors.organisationNumber = t(`errors.fields.${problem}`);
    if (values.sector === '') errors.sector = t('errors.fields.required');
  }
  return errors;
}

export function CreatePartnerDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (partner: Partner) => void }) {
  const { t } = useI18n();
  const create = useCreatePartner();
  const fieldError = useFieldError(create.error);
  const [values, setValues] = useState<Values>(empty);
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Values, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = localValidation(values, 'staff', t);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(toInput(values), { onSuccess: onCreated });
  };

  return (
    <FormDialog title={t('partners.createTitle')} onClose={onClose}>
      {create.isError && <ErrorAlert error={create.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <PartnerFields values={values} onChange={setValues} fieldError={fieldError} mode="staff" localErrors={localErrors} />
        <DialogButtons pending={create.isPending} onCancel={onClose} submitLabel={t('partners.create')} />
      </form>
    </FormDialog>
  );
}

/**
 * Changes a partner with the ETag of the page's read. When someone else changed it meanwhile
 * (412), the dialog says so and offers to load their version.
 */
export function EditPartnerDialog({
  partnerId,
  mode,
  onClose,
  onSaved,
}: {
  partnerId: string;
  mode: 'staff' | 'profile';
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const current = usePartner(partnerId);
  return (
    <FormDialog title={mode === 'staff' ? t('partners.detail.editTitle') : t('portal.editProfileTitle')} onClose={onClose}>
      <QueryStatus query={current}>
        {({ partner, etag }) => (
          <EditPartnerForm
            key={etag}
            partner={partner}
            etag={etag}
            mode={mode}
            onCancel={onClose}
            onSaved={onSaved}
            onReload={() => void current.refetch()}
          />
        )}
      </QueryStatus>
    </FormDialog>
  );
}

function EditPartnerForm({
  partner,
  etag,
  mode,
  onCancel,
  onSaved,
  onReload,
}: {
  partner: Partner;
  etag: string;
  mode: 'staff' | 'profile';
  onCancel: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const updateStaff = useUpdatePartner();
  const updateProfile = useUpdatePartnerProfile();
  const update = mode === 'staff' ? updateStaff : updateProfile;
  const fieldError = useFieldError(update.error);
  const [values, setValues] = useState<Values>(() => toValues(partner));
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const stale = update.error instanceof ApiError && update.error.status === 412;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = localValidation(values, mode, t);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (mode === 'staff') updateStaff.mutate({ id: partner.id, etag, body: toInput(values) }, { onSuccess: onSaved });
    else updateProfile.mutate({ id: partner.id, etag, body: toProfile(values) }, { onSuccess: onSaved });
  };

  return (
    <>
      {stale ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('partners.detail.stale')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={onReload}>
            {t('partners.detail.reload')}
          </Button>
        </Alert>
      ) : (
        update.isError && <ErrorAlert error={update.error} />
      )}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <PartnerFields values={values} onChange={setValues} fieldError={fieldError} mode={mode} localErrors={localErrors} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} submitLabel={t('partners.detail.save')} />
      </form>
    </>
  );
}

/** Admins invite a partner user; the temporary password is shown once, here. */
export function InvitePartnerUserDialog({ partner, onClose }: { partner: Partner; onClose: () => void }) {
  const { t } = useI18n();
  const invite = useInvitePartnerUser();
  const fieldError = useFieldError(invite.error);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [copied, setCopied] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ id: partner.id, username: username.trim(), displayName: displayName.trim() });
  };

  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <FormDialog title={t('partners.invite.title', { name: partner.name })} onClose={onClose}>
      {invite.isSuccess ? (
        <>
          <Alert data-color="success" role="status">
            {t('partners.invite.done', { username: invite.data.user.username })}
          </Alert>
          <dl className="vekst-details">
            <dt>{t('users.username')}</dt>
            <dd>{invite.data.user.username}</dd>
            <dt>{t('partners.invite.temporaryPassword')}</dt>
            <dd>
              <code className="vekst-code" data-testid="temporary-password">
                {invite.data.temporaryPassword}
              </code>
            </dd>
          </dl>
          <Paragraph>{t('partners.invite.note')}</Paragraph>
          <div className="vekst-actions">
            <Button variant="secondary" onClick={() => void copy(invite.data.temporaryPassword)}>
              {t('partners.invite.copy')}
            </Button>
            <Button onClick={onClose}>{t('app.closeDialog')}</Button>
          </div>
          <p role="status" className="vekst-muted">
            {copied ? t('partners.invite.copied') : ''}
          </p>
        </>
      ) : (
        <>
          {invite.isError && <ErrorAlert error={invite.error} />}
          <form onSubmit={submit} className="vekst-form" noValidate>
            <AccountNameFields
              username={username}
              displayName={displayName}
              onUsernameChange={setUsername}
              onDisplayNameChange={setDisplayName}
              fieldError={fieldError}
            />
            <DialogButtons pending={invite.isPending} onCancel={onClose} submitLabel={t('partners.invite.submit')} />
          </form>
        </>
      )}
    </FormDialog>
  );
}
