import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { ApiError } from '../../lib/api/client';
import { describeFieldError } from '../../lib/api/errorMessages';
import { formatDate, formatInteger } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n';
import { useResolveFlag, type PopulationFlag } from './api';

/** A flag's municipality, date or period, field and value in words, for the table and the dialogs. */
export function flagLabels(flag: PopulationFlag, t: TFunction, language: Language) {
  return {
    municipality: `${flag.municipality.name} (${flag.municipality.code})`,
    at: flag.kind === 'stock' ? formatDate(flag.at, language) : flag.at,
    field: describeFieldError({ field: flag.field, code: '', message: '' }, t).label,
    value: flag.value === null ? t('data.flags.missingValue') : formatInteger(flag.value, language),
  };
}

type FlagDialogProps = {
  action: 'accept' | 'correct';
  flag: PopulationFlag;
  onClose: () => void;
  onResolved: (message: string) => void;
};

/** Accept a flagged value with a comment, or correct it with a new value and a comment. */
export function FlagDialog({ action, flag, onClose, onResolved }: FlagDialogProps) {
  const { t, language } = useI18n();
  const resolve = useResolveFlag();
  const fieldError = useFieldError(resolve.error);
  const labels = flagLabels(flag, t, language);
  const [value, setValue] = useState(flag.value === null ? '' : String(flag.value));
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<{ value?: string; comment?: string }>({});
  // 409: resolved by someone else meanwhile (`already-resolved`), or the value is gone (`value-gone`).
  const conflict = resolve.error instanceof ApiError && resolve.error.status === 409 ? resolve.error : null;
  const conflictText = conflict?.fieldErrors.some((error) => error.code === 'value-gone')
    ? t('data.flags.valueGone')
    : t('data.flags.alreadyResolved');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = comment.trim();
    const number = Number(value.trim());
    const wholeNumber = value.trim() !== '' && Number.isInteger(number);
    const problems = {
      comment: trimmed === '' ? t('data.flags.commentRequired') : undefined,
      value: action === 'correct' && !wholeNumber ? t('data.flags.valueRequired') : undefined,
    };
    setMissing(problems);
    if (problems.comment || problems.value) return;
    resolve.mutate(
      action === 'accept' ? { id: flag.id, action, comment: trimmed } : { id: flag.id, action, value: number, comment: trimmed },
      { onSuccess: () => onResolved(t(action === 'accept' ? 'data.flags.accepted' : 'data.flags.corrected')) },
    );
  };

  return (
    <FormDialog title={t(action === 'accept' ? 'data.flags.acceptTitle' : 'data.flags.correctTitle', labels)} onClose={onClose}>
      <Paragraph>{t('data.flags.currentValue', { value: labels.value })}</Paragraph>
      <Paragraph data-size="sm">
        {t(`data.rules.${flag.rule}`)}: {flag.detail}
      </Paragraph>
      {conflict ? (
        <>
          <Alert data-color="warning" role="alert">
            {conflictText}
          </Alert>
          <div className="vekst-actions">
            <Button onClick={onClose}>{t('app.closeDialog')}</Button>
          </div>
        </>
      ) : (
        <>
          {resolve.isError && <ErrorAlert error={resolve.error} />}
          <form onSubmit={submit} className="vekst-form" noValidate>
            {action === 'correct' && (
              <Textfield
                label={t('data.flags.newValue')}
                inputMode="numeric"
                required
                value={value}
                error={missing.value ?? fieldError('value')}
                onChange={(event) => setValue(event.target.value)}
              />
            )}
            <Textfield
              multiline
              rows={3}
              label={t('data.flags.comment')}
              description={t('data.flags.commentHelp')}
              required
              value={comment}
              error={missing.comment ?? fieldError('comment')}
              onChange={(event) => setComment(event.target.value)}
            />
            <DialogButtons
              pending={resolve.isPending}
              onCancel={onClose}
              submitLabel={t(action === 'accept' ? 'data.flags.accept' : 'data.flags.correct')}
            />
          </form>
        </>
      )}
    </FormDialog>
  );
}
