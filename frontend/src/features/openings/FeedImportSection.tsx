import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Table,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { CaptionedTable } from '../../components/CaptionedTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportMessagesTable, messageFromFieldError } from '../../components/ImportMessages';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import type { Schemas } from '../../lib/api/client';
import { formatDateTime, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { isRunning, useFeedRun, useFeedRuns, useImportFeed, type ImportRun, type JobFeedMode } from './api';

const RUNS_PAGE_SIZE = 10;
const countKeys = ['inserted', 'updated', 'unchanged', 'rejected', 'withdrawn'] as const;
type CountKey = (typeof countKeys)[number];
const countOf = (run: ImportRun, key: CountKey) => (key === 'withdrawn' ? (run.counts.withdrawn ?? 0) : run.counts[key]);

/** "Nye: 3, endret: 1, …" for the status message that screen readers announce. */
function useCountsSummary() {
  const { t, language } = useI18n();
  return (run: ImportRun) =>
    t(
      'openings.import.summary',
      Object.fromEntries(countKeys.map((key) => [key, formatInteger(countOf(run, key), language)])) as Record<CountKey, string>,
    );
}

/**
 * The job-ad feed's JSON, for editors and admins: a dry run shows what would happen; `full` also
 * withdraws the feed's openings that are missing from the file, `delta` touches only the ads in it.
 */
export function FeedImportSection() {
  const { t } = useI18n();
  const summary = useCountsSummary();
  const inputId = useId();
  const helpId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<JobFeedMode>('delta');
  const [dryRun, setDryRun] = useState(true);
  const [fileError, setFileError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const upload = useImportFeed();
  const outcome = upload.data;
  const taken = outcome?.kind === 'run' && isRunning(outcome.run) ? outcome.run.id : null;
  const polled = useFeedRun(taken);
  const run = outcome?.kind === 'run' ? (taken ? (polled.data ?? outcome.run) : outcome.run) : null;
  const source = file?.name ?? '';

  const changed = () => {
    setFileError(null);
    upload.reset();
  };

  const send = (asDryRun: boolean) => {
    if (!file) {
      setFileError(t('openings.import.fileRequired'));
      return;
    }
    upload.mutate({ file, mode, dryRun: asDryRun });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(dryRun);
  };

  const startOver = () => {
    setFile(null);
    setInputKey((key) => key + 1);
    changed();
  };

  const rejectedMessages = outcome?.kind === 'rejected' ? outcome.error.fieldErrors.map(messageFromFieldError) : [];
  const finished = run !== null && !isRunning(run);
  const canCommit = finished && run.dryRun && run.status === 'completed' && run.counts.rejected === 0 && run.errors.length === 0;

  let announcement = '';
  if (run && !finished) announcement = t('openings.import.running', { source });
  else if (run?.dryRun) announcement = t('openings.import.previewReady', { source, summary: summary(run) });
  else if (run && run.status === 'rejected') announcement = t('openings.import.rejected', { source });
  else if (run) announcement = t('openings.import.imported', { source, summary: summary(run) });
  else if (outcome?.kind === 'rejected') announcement = t('openings.import.rejected', { source });

  return (
    <section className="vekst-section" aria-labelledby="feed-import-heading" data-testid="feed-import">
      <Heading level={2} data-size="md" id="feed-import-heading">
        {t('openings.import.heading')}
      </Heading>
      <Paragraph>{t('openings.import.intro')}</Paragraph>
      <form onSubmit={submit} className="vekst-upload-form" noValidate>
        <div className="vekst-file-field">
          <Label htmlFor={inputId}>{t('openings.import.file')}</Label>
          <Paragraph data-size="sm" id={helpId}>
            {t('openings.import.fileHelp')}
          </Paragraph>
          <input
            key={inputKey}
            id={inputId}
            type="file"
            name="file"
            accept=".json,application/json"
            aria-describedby={fileError ? `${helpId} ${inputId}-error` : helpId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              changed();
            }}
          />
          {fileError && <ValidationMessage id={`${inputId}-error`}>{fileError}</ValidationMessage>}
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('openings.import.mode')}</Fieldset.Legend>
          {(['delta', 'full'] as const).map((candidate) => (
            <Radio
              key={candidate}
              name="feed-import-mode"
              value={candidate}
              label={t(`openings.import.modes.${candidate}`)}
              description={t(`openings.import.modeHelp.${candidate}`)}
              checked={mode === candidate}
              onChange={() => {
                setMode(candidate);
                changed();
              }}
            />
          ))}
        </Fieldset>
        <Checkbox
          label={t('openings.import.dryRun')}
          description={t('openings.import.dryRunHelp')}
          checked={dryRun}
          onChange={(event) => {
            setDryRun(event.target.checked);
            changed();
          }}
        />
        <div className="vekst-actions">
          <Button type="submit" loading={upload.isPending} disabled={upload.isPending}>
            {t(dryRun ? 'openings.import.check' : 'openings.import.commit')}
          </Button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="vekst-sr-only" data-testid="feed-import-status">
        {announcement}
      </div>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {polled.isError && <ErrorAlert error={polled.error} onRetry={() => void polled.refetch()} />}
      {outcome?.kind === 'rejected' && (
        <div className="vekst-section" data-testid="feed-import-rejected">
          <Alert data-color="danger">
            <Heading level={3} data-size="xs">
              {t('openings.import.rejectedHeading')}
            </Heading>
            <Paragraph>{t('openings.import.rejected', { source })}</Paragraph>
          </Alert>
          {rejectedMessages.length > 0 ? (
            <ImportMessagesTable messages={rejectedMessages} caption={t('openings.import.rejectedCaption')} testId="feed-rejected-rows" />
          ) : (
            <ErrorAlert error={outcome.error} />
          )}
        </div>
      )}
      {run && (
        <div className="vekst-section" data-testid="feed-import-result">
          <Heading level={3} data-size="sm">
            {t(run.dryRun ? 'openings.import.previewHeading' : 'openings.import.resultHeading', { source })}
          </Heading>
          {!finished ? (
            <Paragraph>{t('openings.import.running', { source })}</Paragraph>
          ) : run.status === 'rejected' ? (
            <Alert data-color="danger">{t('openings.import.rejected', { source })}</Alert>
          ) : run.dryRun ? (
            <Paragraph>{t(canCommit ? 'openings.import.previewNothingSaved' : 'openings.import.previewHasRejected')}</Paragraph>
          ) : (
            <Alert data-color="success">{t('openings.import.imported', { source, summary: summary(run) })}</Alert>
          )}
          {finished && <FeedCounts run={run} />}
          <Messages
            messages={run.errors}
            heading={t('openings.import.rejectedHeading')}
            caption={t('openings.import.rejectedCaption')}
            testId="feed-rejected-rows"
          />
          <Messages
            messages={run.warnings}
            heading={t('openings.import.warningsHeading')}
            caption={t('openings.import.warningsCaption')}
            testId="feed-warnings"
          />
          <div className="vekst-actions">
            {canCommit && (
              <Button type="button" onClick={() => send(false)} loading={upload.isPending} disabled={upload.isPending}>
                {t('openings.import.commitChecked', { mode: t(`openings.import.modes.${mode}`) })}
              </Button>
            )}
            {finished && !run.dryRun && (
              <Button type="button" variant="secondary" onClick={startOver}>
                {t('openings.import.another')}
              </Button>
            )}
          </div>
        </div>
      )}
      <FeedRuns />
    </section>
  );
}

/** The five counts of a feed run, as a description list. */
function FeedCounts({ run }: { run: ImportRun }) {
  const { t, language } = useI18n();
  return (
    <dl className="vekst-counts" data-testid="feed-import-counts">
      {countKeys.map((key) => (
        <div key={key}>
          <dt>{t(`openings.import.counts.${key}`)}</dt>
          <dd>{formatInteger(countOf(run, key), language)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Messages({
  messages,
  heading,
  caption,
  testId,
}: {
  messages: Schemas['ImportMessage'][];
  heading: string;
  caption: string;
  testId: string;
}) {
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

/** The latest job-feed runs with their counts. */
function FeedRuns() {
  const { t, language } = useI18n();
  const [page, setPage] = useState(0);
  const runs = useFeedRuns(page, RUNS_PAGE_SIZE);
  return (
    <>
      <Heading level={3} data-size="sm">
        {t('openings.import.runsHeading')}
      </Heading>
      <QueryStatus query={runs} isEmpty={(data) => data.items.length === 0} emptyText={t('openings.import.runsEmpty')}>
        {(data) => (
          <>
            <CaptionedTable
              caption={t('openings.import.runsCaption')}
              testId="feed-runs"
              headers={[
                t('openings.import.columns.createdAt'),
                t('openings.import.columns.source'),
                t('openings.import.columns.createdBy'),
                t('openings.import.columns.status'),
                ...countKeys.map((key) => t(`openings.import.counts.${key}`)),
              ]}
            >
              {data.items.map((item) => (
                <Table.Row key={item.id}>
                  <Table.HeaderCell scope="row" className="vekst-nowrap">
                    {formatDateTime(item.createdAt, language)}
                  </Table.HeaderCell>
                  <Table.Cell className="vekst-break">{item.source}</Table.Cell>
                  <Table.Cell>{item.createdBy ?? ''}</Table.Cell>
                  <Table.Cell>
                    <div className="vekst-tags">
                      <Tag
                        data-color={item.status === 'rejected' ? 'danger' : item.status === 'completed' ? 'success' : 'info'}
                        data-size="sm"
                      >
                        {t(`data.statuses.${item.status}`)}
                      </Tag>
                      {item.dryRun && (
                        <Tag data-color="warning" data-size="sm">
                          {t('data.history.dryRun')}
                        </Tag>
                      )}
                    </div>
                  </Table.Cell>
                  {countKeys.map((key) => (
                    <Table.Cell key={key} className="vekst-number">
                      {formatInteger(countOf(item, key), language)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </CaptionedTable>
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>
    </>
  );
}
