import { Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { CheckboxList } from '../../components/CheckboxList';
import { DialogButtons } from '../../components/FormDialog';
import { useFormFields, type LocalErrors } from '../../components/useFormFields';
import { addYearsIso, todayIso } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { allScopes, scopeKey, type ApiClient, type ApiClientInput, type ApiScope } from './api';

// Named like the contract's fields, so the server's `errors[].field` lands beside the input.
export type ApiClientValues = {
  name: string;
  ownerName: string;
  ownerEmail: string;
  scopes: ApiScope[];
  expiresOn: string;
};

/** How far ahead a client may run, as the server checks it. */
const MAX_YEARS_AHEAD = 3;

export function initialValues(client: ApiClient | null, today = todayIso()): ApiClientValues {
  if (client) {
    const { name, ownerName, ownerEmail, scopes, expiresOn } = client;
    return { name, ownerName, ownerEmail, scopes: [...scopes], expiresOn };
  }
  // A year is a sensible default: long enough to be useful, short enough to be looked at again.
  return { name: '', ownerName: '', ownerEmail: '', scopes: [], expiresOn: addYearsIso(today, 1) };
}

/** What is wrong before sending, in words; an empty object when nothing is. */
export function validateApiClient(
  values: ApiClientValues,
  t: ReturnType<typeof useI18n>['t'],
  language: ReturnType<typeof useI18n>['language'],
  today = todayIso(),
): LocalErrors<ApiClientValues> {
  const errors: LocalErrors<ApiClientValues> = {};
  if (values.name.trim() === '') errors.name = t('apiClients.validation.nameRequired');
  if (values.ownerName.trim() === '') errors.ownerName = t('apiClients.validation.ownerNameRequired');
  const email = values.ownerEmail.trim();
  if (email === '') errors.ownerEmail = t('apiClients.validation.ownerEmailRequired');
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.ownerEmail = t('apiClients.validation.ownerEmailInvalid');
  if (values.scopes.length === 0) errors.scopes = t('apiClients.validation.scopesRequired');
  const latest = addYearsIso(today, MAX_YEARS_AHEAD);
  if (values.expiresOn === '') errors.expiresOn = t('apiClients.validation.expiresOnRequired');
  else if (values.expiresOn < today) errors.expiresOn = t('apiClients.validation.expiresOnPast');
  else if (values.expiresOn > latest) errors.expiresOn = t('apiClients.validation.expiresOnTooFar', { date: formatDate(latest, language) });
  return errors;
}

function bodyOf(values: ApiClientValues): ApiClientInput {
  return {
    name: values.name.trim(),
    ownerName: values.ownerName.trim(),
    ownerEmail: values.ownerEmail.trim(),
    // In the contract's order, whatever order they were ticked in.
    scopes: allScopes.filter((scope) => values.scopes.includes(scope)),
    expiresOn: values.expiresOn,
  };
}

type ApiClientFormProps = {
  client: ApiClient | null;
  /** The failed save's error, for the field messages; the dialog shows the rest above the form. */
  serverError: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (body: ApiClientInput) => void;
  onCancel: () => void;
};

/** Name, owner, scopes and expiry: the same fields to create a client and to change one. */
export function ApiClientForm({ client, serverError, pending, submitLabel, onSubmit, onCancel }: ApiClientFormProps) {
  const { t, language } = useI18n();
  const { values, set, error, bind, accept } = useFormFields<ApiClientValues>(() => initialValues(client), serverError);
  const today = todayIso();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!accept(validateApiClient(values, t, language, today))) return;
    onSubmit(bodyOf(values));
  };

  return (
    <form onSubmit={submit} className="vekst-form" noValidate data-testid="api-client-form">
      <Textfield
        label={t('apiClients.fields.name')}
        description={t('apiClients.fields.nameHelp')}
        required
        maxLength={200}
        {...bind('name')}
      />
      <Textfield label={t('apiClients.fields.ownerName')} required maxLength={200} autoComplete="off" {...bind('ownerName')} />
      <Textfield
        label={t('apiClients.fields.ownerEmail')}
        type="email"
        required
        maxLength={254}
        autoComplete="off"
        {...bind('ownerEmail')}
      />
      <CheckboxList
        legend={t('apiClients.fields.scopes')}
        description={t('apiClients.fields.scopesHelp')}
        options={allScopes.map((scope) => ({ value: scope, label: t(`apiClients.scopes.${scopeKey(scope)}`) }))}
        selected={values.scopes}
        onChange={(selected) => set('scopes', selected as ApiScope[])}
        error={error('scopes')}
      />
      <Textfield
        type="date"
        label={t('apiClients.fields.expiresOn')}
        description={t('apiClients.fields.expiresOnHelp')}
        required
        min={today}
        max={addYearsIso(today, MAX_YEARS_AHEAD)}
        {...bind('expiresOn')}
      />
      <DialogButtons pending={pending} onCancel={onCancel} submitLabel={submitLabel} />
    </form>
  );
}
