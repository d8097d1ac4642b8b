import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../lib/api/errorMessages';

type ErrorAlertProps = {
  error: unknown;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
};

/** A failed call, in the reader's language, with each invalid field named. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { message, fields } = translateError(error, t);
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{message}</Paragraph>
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={`${field.field}-${field.message}`}>{t('errors.fieldLabel', { field: field.label, message: field.message })}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** The message for one form field from a failed call's `errors[]`, for showing beside the field. */
export function useFieldError(error: unknown): (field: string) => string | undefined {
  const { t } = useTranslation();
  if (!error) return () => undefined;
  const { fields } = translateError(error, t);
  // A list's items count as the list: `members[2]` is shown beside the field `members`.
  const belongsTo = (candidate: string, field: string) =>
    candidate === field || candidate.startsWith(`${field}[`) || candidate.startsWith(`${field}.`);
  return (field) => fields.find((candidate) => belongsTo(candidate.field, field))?.message;
}
