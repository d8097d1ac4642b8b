import { Alert, Button, Fieldset, Heading, Label, Link, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ApiError } from '../../lib/api/client';
import { formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  importKinds,
  isRunning,
  useImportRun,
  useUpload,
  type ImportKind,
  type ImportMessage,
  type ImportRun,
  type UploadOutcome,
} from './api';
import { ImportCounts, ImportMessagesTable, messageFromFieldError, useCountsSummary } from '../../components/ImportMessages';

/** What an upload has come to so far, whichever way the server answered (200, 201, 202 then polling, 422). */
type View =
  | { kind: 'running'; run: ImportRun }
  | { kind: 'rejected'; source: string; messages: ImportMessage[]; error: ApiError | null }
  | { kind: 'done'; run: ImportRun };

/** Follows an upload's run while the server works on it in the background (202). */
function useUploadView(outcome: UploadOutcome | undefined, file: File | null) {
  const initial = outcome?.kind === 'run' ? outcome.run : null;
  const polled = useImportRun(initial && isRunning(initial) ? initial.id : null);
  let view: View | null = null;
  if (outcome?.kind === 'rejected') {
    view = {
      kind: 'rejected',
      source: file?.name ?? '',
      messages: outcome.error.fieldErrors.map(messageFromFieldError),
      error: outcome.error,
    };
  } else if (initial) {
    const run = polled.data ?? initial;
    if (isRunning(run)) view = { kind: 'running', run };
    else if (run.status === 'rejected') view = { kind: 'rejected', source: run.source, messages: run.errors, error: null };
    else view = { kind: 'done', run };
  }
  const runId = outcome?.kind === 'rejected' ? (outcome.error.problem?.runId ?? null) : (initial?.id ?? null);
  return { view, runId, pollError: polled.isError ? polled.error : null, retryPoll: () => void polled.refetch() };
}

export function UploadSection({ onRun }: { onRun: (runId: string) => void }) {
  const { t } = useI18n();
  const summary = useCountsSummary();
  const inputId = useId();
  const helpId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [kind, setKind] = useState<ImportKind>('population');
  const preview = useUpload();
  const commit = useUpload();
  const previewView = useUploadView(preview.data, file);
  const commitView = useUploadView(commit.data, file);
  const committing = commit.isPending || commit.data !== undefined || commit.isError;
  const current = committing ? commitView : previewView;
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const latestRunId = current.runId;
  useEffect(() => {
    if (latestRunId) onRun(latestRunId);
  }, [latestRunId, onRun]);

  // After a commit the button pressed is gone: focus moves to the result's heading.
  const committedDone = commitView.view?.kind === 'done' || commitView.view?.kind === 'rejected';
  useEffect(() => {
    if (committedDone) resultHeading.current?.focus();
  }, [committedDone]);

  const chooseFile = (next: File | null) => {
    setFile(next);
    setFileError(null);
    preview.reset();
    commit.reset();
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('data.upload.fileRequired'));
      return;
    }
    commit.reset();
    preview.mutate({ file, dryRun: true, kind });
  };

  const startOver = () => {
    chooseFile(null);
    setInputKey((key) => key + 1);
  };

  const view = current.view;
  const canCommit =
    !committing && previewView.view?.kind === 'done' && previewView.view.run.dryRun && previewView.view.run.counts.rejected === 0;

  let announcement = '';
  if (view?.kind === 'running') {
    announcement = t(view.run.dryRun ? 'data.upload.checking' : 'data.upload.running', { source: view.run.source });
  } else if (view?.kind === 'rejected') {
    announcement = t('data.upload.rejected', { source: view.source });
  } else if (view?.kind === 'done') {
    const values = { source: view.run.source, summary: summary(view.run.counts) };
    announcement = view.run.dryRun ? t('data.upload.previewReady', values) : t('data.upload.imported', values);
  }

  return (
    <section className="vekst-section" aria-labelledby="upload-heading">
      <Heading level={2} data-size="md" id="upload-heading">
        {t('data.upload.heading')}
      </Heading>
      <Paragraph>{t('data.upload.intro')}</Paragraph>
      <form onSubmit={check} className="vekst-upload-form" noValidate>
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t('data.upload.kind')}</Fieldset.Legend>
          {importKinds.map((option) => (
            <Radio
              key={option}
              name="import-kind"
              label={t(`data.upload.kinds.${option}`)}
              value={option}
              checked={kind === option}
              onChange={() => {
                // Another kind of figures: what the file was checked against no longer holds.
                setKind(option);
                preview.reset();
                commit.reset();
              }}
            />
          ))}
        </Fieldset>
        <div className="vekst-file-field">
          <Label htmlFor={inputId}>{t('data.upload.file')}</Label>
          <Paragraph data-size="sm" id={helpId} className="vekst-muted">
            {t(kind === 'enterprises' ? 'data.upload.fileHelpRegister' : 'data.upload.fileHelp')}
          </Paragraph>
          <input
            key={inputKey}
            id={inputId}
            type="file"
            name="file"
            accept={kind === 'enterprises' ? '.json,.gz,application/json,application/gzip' : '.csv,.json,text/csv,application/json'}
            aria-describedby={fileError ? `${helpId} ${inputId}-error` : helpId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
          />
          {fileError && <ValidationMessage id={`${inputId}-error`}>{fileError}</ValidationMessage>}
        </div>
        <div className="vekst-actions">
          <Button type="submit" variant={canCommit ? 'secondary' : 'primary'} loading={preview.isPending} disabled={preview.isPending}>
            {t('data.upload.check')}
          </Button>
          {canCommit && (
            <Button type="button" onClick={() => file && commit.mutate({ file, dryRun: false, kind })}>
              {t('data.upload.commit')}
            </Button>
          )}
        </div>
      </form>

      {/* Always in the page, so screen readers announce each change of what the upload came to. */}
      <div role="status" aria-live="polite" className="vekst-sr-only" data-testid="upload-status">
        {announcement}
      </div>

      {(committing ? commit : preview).isError && <ErrorAlert error={(committing ? commit : preview).error} />}
      {current.pollError && <ErrorAlert error={current.pollError} onRetry={current.retryPoll} />}
      {view?.kind === 'running' && <Progress run={view.run} />}
      {view?.kind === 'rejected' && <RejectedView view={view} headingRef={committing ? resultHeading : undefined} />}
      {view?.kind === 'done' && (
        <div className="vekst-section" data-testid={view.run.dryRun ? 'import-preview' : 'import-result'}>
          <Heading level={3} data-size="sm" ref={resultHeading} tabIndex={-1}>
            {t(view.run.dryRun ? 'data.upload.previewHeading' : 'data.upload.resultHeading', { source: view.run.source })}
          </Heading>
          {view.run.dryRun ? (
            <Paragraph>{t('data.upload.previewNothingSaved')}</Paragraph>
          ) : (
            <Alert data-color="success">{t('data.upload.imported', { source: view.run.source, summary: summary(view.run.counts) })}</Alert>
          )}
          <ImportCounts counts={view.run.counts} />
          {view.run.warnings.length > 0 && (
            <>
              <Heading level={4} data-size="xs">
                {t('data.upload.warningsHeading')}
              </Heading>
              <ImportMessagesTable messages={view.run.warnings} caption={t('data.upload.warningsCaption')} testId="import-warnings" />
            </>
          )}
        </div>
      )}
      {committedDone && (
        <div className="vekst-actions">
          <Link
            href="#import-history"
            onClick={(event) => {
              // The heading takes focus, so keyboard and screen reader users land on the history too.
              event.preventDefault();
              document.getElementById('import-history')?.focus();
            }}
          >
            {t('data.upload.inHistory')}
          </Link>
          <Button type="button" variant="secondary" onClick={startOver}>
            {t('data.upload.another')}
          </Button>
        </div>
      )}
    </section>
  );
}

function Progress({ run }: { run: ImportRun }) {
  const { t, language } = useI18n();
  const labelId = useId();
  const { processed, total } = run.progress;
  return (
    <div className="vekst-progress" data-testid="import-progress">
      <Paragraph id={labelId}>
        {t(run.dryRun ? 'data.upload.checking' : 'data.upload.running', { source: run.source })}{' '}
        {total === null
          ? t('data.upload.progressUnknownTotal', { processed: formatInteger(processed, language) })
          : t('data.upload.progress', { processed: formatInteger(processed, language), total: formatInteger(total, language) })}
      </Paragraph>
      {total === null ? (
        <progress aria-labelledby={labelId} />
      ) : (
        <progress aria-labelledby={labelId} max={Math.max(total, 1)} value={Math.min(processed, total)} />
      )}
    </div>
  );
}

function RejectedView({ view, headingRef }: { view: Extract<View, { kind: 'rejected' }>; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const { t } = useI18n();
  return (
    <div className="vekst-section" data-testid="import-rejected">
      <Alert data-color="danger">
        <Heading level={3} data-size="xs" ref={headingRef} tabIndex={-1}>
          {t('data.upload.rejectedHeading')}
        </Heading>
        <Paragraph>{t('data.upload.rejected', { source: view.source })}</Paragraph>
      </Alert>
      {view.messages.length > 0 ? (
        <ImportMessagesTable messages={view.messages} caption={t('data.upload.rejectedCaption')} testId="rejected-rows" />
      ) : (
        view.error && <ErrorAlert error={view.error} />
      )}
    </div>
  );
}
