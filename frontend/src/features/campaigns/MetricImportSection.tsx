import { Alert, Button, Fieldset, Heading, Label, Paragraph, Radio, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportCounts, ImportMessagesTable, messageFromFieldError, useCountsSummary } from '../../components/ImportMessages';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../lib/i18n';
import type { Schemas } from '../../lib/api/client';
import { knownChannels, useImportMetrics, type ImportFormat, type ImportOutcome } from './api';

type ImportMessage = Schemas['ImportMessage'];
import { useChannelLabel } from './parts';

const vekstExample =
  'campaign;date;channel;impressions;reach;clicks;sessions;leads;costNok\nvelkommen-hjem-2026;2026-03-02;meta;12000;8000;240;180;6;1500,50';

/** What an import came to, whichever way the server answered. */
export type ImportView =
  | { kind: 'preview'; outcome: Extract<ImportOutcome, { kind: 'run' }>; canCommit: boolean }
  | { kind: 'imported'; outcome: Extract<ImportOutcome, { kind: 'run' }> }
  | { kind: 'rejected'; messages: ReturnType<typeof messageFromFieldError>[]; error: unknown };

/** A dry run with rejected rows is a preview that cannot be committed; a 422 is a rejection with its rows. */
export function importView(outcome: ImportOutcome | undefined): ImportView | null {
  if (!outcome) return null;
  if (outcome.kind === 'rejected') {
    return { kind: 'rejected', messages: outcome.error.fieldErrors.map(messageFromFieldError), error: outcome.error };
  }
  if (!outcome.run.dryRun) return { kind: 'imported', outcome };
  const rejected = outcome.run.counts.rejected > 0 || outcome.run.errors.length > 0 || outcome.run.status === 'rejected';
  return { kind: 'preview', outcome, canCommit: !rejected };
}

/** Results from a file, for editors: Vekst CSV or a GA4 export, checked first (dry run), then imported. */
export function MetricImportSection() {
  const { t } = useI18n();
  const channelLabel = useChannelLabel();
  const summary = useCountsSummary();
  const inputId = useId();
  const helpId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('vekst');
  const [channel, setChannel] = useState('web');
  const [fileError, setFileError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const preview = useImportMetrics();
  const commit = useImportMetrics();
  const committing = commit.isPending || commit.data !== undefined || commit.isError;
  const current = committing ? commit : preview;
  const view = importView(current.data);
  const source = file?.name ?? '';

  // Any change of what would be imported throws away the last check.
  const changed = () => {
    setFileError(null);
    preview.reset();
    commit.reset();
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('campaigns.import.fileRequired'));
      return;
    }
    commit.reset();
    preview.mutate({ file, format, channel, dryRun: true });
  };

  const startOver = () => {
    setFile(null);
    changed();
    setInputKey((key) => key + 1);
  };

  let announcement = '';
  if (view?.kind === 'preview') announcement = t('campaigns.import.previewReady', { source, summary: summary(view.outcome.run.counts) });
  if (view?.kind === 'imported') announcement = t('campaigns.import.imported', { source, summary: summary(view.outcome.run.counts) });
  if (view?.kind === 'rejected') announcement = t('campaigns.import.rejected', { source });

  return (
    <section className="vekst-section" aria-labelledby="metric-import-heading" data-testid="metric-import">
      <Heading level={2} data-size="md" id="metric-import-heading">
        {t('campaigns.import.heading')}
      </Heading>
      <Paragraph>{t('campaigns.import.intro')}</Paragraph>
      <form onSubmit={check} className="vekst-upload-form" noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('campaigns.import.format')}</Fieldset.Legend>
          {(['vekst', 'ga4'] as const).map((candidate) => (
            <Radio
              key={candidate}
              name="metric-import-format"
              value={candidate}
              label={t(candidate === 'vekst' ? 'campaigns.import.formatVekst' : 'campaigns.import.formatGa4')}
              checked={format === candidate}
              onChange={() => {
                setFormat(candidate);
                changed();
              }}
            />
          ))}
        </Fieldset>
        <Paragraph data-size="sm" id={helpId}>
          {t(format === 'vekst' ? 'campaigns.import.vekstHelp' : 'campaigns.import.ga4Help')}
        </Paragraph>
        {format === 'vekst' && (
          <>
            <Paragraph data-size="sm">{t('campaigns.import.example')}</Paragraph>
            <pre className="vekst-code">
              <code>{vekstExample}</code>
            </pre>
          </>
        )}
        {format === 'ga4' && (
          <SelectField
            label={t('campaigns.import.channel')}
            value={channel}
            onChange={(value) => {
              setChannel(value);
              changed();
            }}
          >
            {knownChannels.map((candidate) => (
              <Select.Option key={candidate} value={candidate}>
                {channelLabel(candidate)}
              </Select.Option>
            ))}
          </SelectField>
        )}
        <div className="vekst-file-field">
          <Label htmlFor={inputId}>{t('campaigns.import.file')}</Label>
          <input
            key={inputKey}
            id={inputId}
            type="file"
            name="file"
            accept=".csv,.txt,text/csv"
            aria-describedby={fileError ? `${helpId} ${inputId}-error` : helpId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              changed();
            }}
          />
          {fileError && <ValidationMessage id={`${inputId}-error`}>{fileError}</ValidationMessage>}
        </div>
        <div className="vekst-actions">
          <Button
            type="submit"
            variant={view?.kind === 'preview' && view.canCommit ? 'secondary' : 'primary'}
            loading={preview.isPending}
            disabled={preview.isPending}
          >
            {t('campaigns.import.check')}
          </Button>
          {!committing && view?.kind === 'preview' && view.canCommit && (
            <Button type="button" onClick={() => file && commit.mutate({ file, format, channel, dryRun: false })}>
              {t('campaigns.import.commit')}
            </Button>
          )}
          {commit.isPending && (
            <Button type="button" loading disabled>
              {t('campaigns.import.commit')}
            </Button>
          )}
        </div>
      </form>

      <div role="status" aria-live="polite" className="vekst-sr-only" data-testid="metric-import-status">
        {announcement}
      </div>
      {current.isError && <ErrorAlert error={current.error} />}
      {view?.kind === 'rejected' && (
        <div className="vekst-section" data-testid="metric-import-rejected">
          <Alert data-color="danger">
            <Heading level={3} data-size="xs">
              {t('campaigns.import.rejectedHeading')}
            </Heading>
            <Paragraph>{t('campaigns.import.rejected', { source })}</Paragraph>
          </Alert>
          {view.messages.length > 0 ? (
            <ImportMessagesTable messages={view.messages} caption={t('campaigns.import.rejectedCaption')} testId="metric-rejected-rows" />
          ) : (
            <ErrorAlert error={view.error} />
          )}
        </div>
      )}
      {(view?.kind === 'preview' || view?.kind === 'imported') && (
        <div className="vekst-section" data-testid={view.kind === 'preview' ? 'metric-import-preview' : 'metric-import-result'}>
          <Heading level={3} data-size="sm">
            {t(view.kind === 'preview' ? 'campaigns.import.previewHeading' : 'campaigns.import.resultHeading', { source })}
          </Heading>
          {view.kind === 'imported' ? (
            <Alert data-color="success">{t('campaigns.import.imported', { source, summary: summary(view.outcome.run.counts) })}</Alert>
          ) : view.canCommit ? (
            <Paragraph>{t('campaigns.import.previewNothingSaved')}</Paragraph>
          ) : (
            <Alert data-color="warning">{t('campaigns.import.previewHasRejected')}</Alert>
          )}
          <ImportCounts counts={view.outcome.run.counts} />
          <Messages
            messages={view.outcome.run.errors}
            heading={t('campaigns.import.rejectedHeading')}
            caption={t('campaigns.import.rejectedCaption')}
            testId="metric-rejected-rows"
          />
          <Messages
            messages={view.outcome.run.warnings}
            heading={t('campaigns.import.warningsHeading')}
            caption={t('campaigns.import.warningsCaption')}
            testId="metric-import-warnings"
          />
          {view.kind === 'imported' && (
            <div className="vekst-actions">
              <Button type="button" variant="secondary" onClick={startOver}>
                {t('campaigns.import.another')}
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** A run's rejected rows or warnings under their heading; nothing when there are none. */
function Messages({ messages, heading, caption, testId }: { messages: ImportMessage[]; heading: string; caption: string; testId: string }) {
  if (messages.length === 0) return null;
  return (
    <>
      <Heading level={4} data-size="xs">
        {heading}
      </Heading>
      <ImportMessagesTable messages={messages} caption={caption} testId={testId} />
    </>
  );
}
