import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { isStale, SaveError } from '../../components/SaveError';
import { ApiError } from '../../lib/api/client';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  COMMENTARY_MAX,
  commentarySections,
  usePublishReport,
  useReportDraft,
  useReportVersions,
  useSaveCommentary,
  type CommentarySection,
  type Report,
  type ReportCommentary,
  type ReportKind,
} from './api';
import { DownloadButtons, PreviewDialog } from './ReportFiles';
import { JobsSummary, ReportSection, SectionFigures } from './ReportSections';

type Texts = Record<CommentarySection, string>;

const textsOf = (commentary: ReportCommentary): Texts =>
  Object.fromEntries(commentarySections.map((section) => [section, commentary[section] ?? ''])) as Texts;

/** What is sent: the texts as written, an empty one as null. */
const commentaryOf = (texts: Texts): ReportCommentary =>
  Object.fromEntries(commentarySections.map((section) => [section, texts[section] === '' ? null : texts[section]])) as ReportCommentary;

/** The draft of the period, for editors and admins: the live figures, the commentary to write, and publishing. */
export function DraftSection({
  kind,
  period,
  versionLink,
}: {
  kind: ReportKind;
  period: string;
  versionLink: (version: number) => string;
}) {
  const { t } = useI18n();
  const draft = useReportDraft(kind, period);
  return (
    <section aria-labelledby="report-draft-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="report-draft-heading">
        {t('reports.draft.heading')}
      </Heading>
      <QueryStatus query={draft}>
        {({ report, etag }) => (
          <DraftEditor
            // A new period is a new form; the commentary's own ETag is kept inside.
            key={`${kind}/${period}`}
            report={report}
            etag={etag}
            reload={async () => (await draft.refetch()).data}
            versionLink={versionLink}
          />
        )}
      </QueryStatus>
    </section>
  );
}

type Base = { etag: string; commentary: ReportCommentary };

function DraftEditor({
  report,
  etag,
  reload,
  versionLink,
}: {
  report: Report;
  etag: string;
  reload: () => Promise<{ report: Report; etag: string } | undefined>;
  versionLink: (version: number) => string;
}) {
  const { t, language } = useI18n();
  const { kind, period } = report;
  // The commentary the form started from, and its ETag: what a save or publish sends in If-Match,
  // so that a change someone else made in the meantime is refused (412), never overwritten.
  const [base, setBase] = useState<Base>({ etag, commentary: report.commentary });
  const [texts, setTexts] = useState<Texts>(() => textsOf(report.commentary));
  const [saved, setSaved] = useState<{ at: string | null; by: string | null } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<Report | null>(null);
  const save = useSaveCommentary(kind, period);

  const baseTexts = textsOf(base.commentary);
  const dirty = commentarySections.some((section) => texts[section] !== baseTexts[section]);
  const tooLong = commentarySections.some((section) => texts[section].length > COMMENTARY_MAX);

  // Leaving the page with unsaved commentary asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    setSaved(null);
    save.mutate(
      { etag: base.etag, commentary: commentaryOf(texts) },
      {
        onSuccess: ({ data, etag: next }) => {
          setBase({ etag: next, commentary: data.commentary });
          setTexts(textsOf(data.commentary));
          setSaved({ at: data.updatedAt, by: data.updatedBy });
        },
      },
    );
  };

  const reloadCommentary = async () => {
    const fresh = await reload();
    if (!fresh) return;
    setBase({ etag: fresh.etag, commentary: fresh.report.commentary });
    setTexts(textsOf(fresh.report.commentary));
    save.reset();
    setSaved(null);
  };

  return (
    <>
      <Paragraph data-testid="report-draft-meta">
        {t('reports.draft.meta', {
          title: report.title,
          from: formatDate(report.from, language),
          to: formatDate(report.to, language),
          asOf: formatDateTime(report.dataAsOf, language),
        })}
      </Paragraph>
      <div className="vekst-actions">
        <Button variant="secondary" onClick={() => setPreviewing(true)}>
          {t('reports.preview.open')}
        </Button>
        <DownloadButtons report={{ kind, period, version: null }} />
        <Button
          onClick={() => {
            setPublished(null);
            setPublishing(true);
          }}
        >
          {t('reports.publish.open')}
        </Button>
      </div>
      {published?.version && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('reports.publish.done', { version: published.version })}</Paragraph>
          <Link asChild>
            <RouterLink to={versionLink(published.version)}>{t('reports.publish.openVersion', { version: published.version })}</RouterLink>
          </Link>
        </Alert>
      )}

      <form onSubmit={submit} noValidate>
        {commentarySections.map((section) => (
          <Fragment key={section}>
            <ReportSection section={section}>
              <SectionFigures section={section} report={report} />
              <CommentaryField
                section={section}
                value={texts[section]}
                onChange={(value) => setTexts((current) => ({ ...current, [section]: value }))}
              />
            </ReportSection>
            {section === 'population' && <JobsSummary report={report} />}
          </Fragment>
        ))}
        <div className="vekst-actions">
          <Button type="submit" loading={save.isPending} disabled={save.isPending}>
            {t('reports.commentary.save')}
          </Button>
          <Paragraph data-testid="commentary-state" aria-live="polite">
            {dirty ? t('reports.commentary.dirty') : saved ? savedText(saved) : t('reports.commentary.clean')}
          </Paragraph>
        </div>
        {tooLong && (
          <Alert data-color="danger" role="alert">
            {t('reports.commentary.tooLongAlert', { max: formatInteger(COMMENTARY_MAX, language) })}
          </Alert>
        )}
        <SaveError
          error={save.error}
          staleText={t('reports.commentary.stale')}
          reloadLabel={t('reports.commentary.reload')}
          onReload={() => void reloadCommentary()}
        />
      </form>

      {previewing && (
        <PreviewDialog
          report={{ kind, period, version: null }}
          title={t('reports.preview.draftTitle', { title: report.title })}
          onClose={() => setPreviewing(false)}
        />
      )}
      {publishing && (
        <PublishDialog
          kind={kind}
          period={period}
          etag={base.etag}
          dirty={dirty}
          onReload={() => void reloadCommentary()}
          onClose={() => setPublishing(false)}
          onPublished={(version) => {
            setPublishing(false);
            setPublished(version);
          }}
        />
      )}
    </>
  );

  function savedText(when: { at: string | null; by: string | null }) {
    return when.at && when.by
      ? t('reports.commentary.savedBy', { at: formatDateTime(when.at, language), by: when.by })
      : t('reports.commentary.saved');
  }
}

function CommentaryField({ section, value, onChange }: { section: CommentarySection; value: string; onChange: (value: string) => void }) {
  const { t, language } = useI18n();
  const over = value.length - COMMENTARY_MAX;
  return (
    <Textfield
      multiline
      rows={4}
      label={t('reports.commentary.label', { section: t(`reports.sections.${section}`) })}
      description={t('reports.commentary.count', {
        count: formatInteger(value.length, language),
        max: formatInteger(COMMENTARY_MAX, language),
      })}
      error={over > 0 ? t('reports.commentary.tooLong', { over: formatInteger(over, language) }) : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

function PublishDialog({
  kind,
  period,
  etag,
  dirty,
  onReload,
  onClose,
  onPublished,
}: {
  kind: ReportKind;
  period: string;
  etag: string;
  dirty: boolean;
  onReload: () => void;
  onClose: () => void;
  onPublished: (report: Report) => void;
}) {
  const { t } = useI18n();
  const versions = useReportVersions(kind, period);
  const publish = usePublishReport(kind, period);
  const next = (versions.data?.length ?? 0) + 1;
  const error = publish.error;
  return (
    <FormDialog title={t('reports.publish.title', { period })} onClose={onClose}>
      {dirty && (
        <Alert data-color="warning" role="alert">
          {t('reports.publish.unsaved')}
        </Alert>
      )}
      <Paragraph>{versions.isSuccess ? t('reports.publish.explain', { version: next }) : t('reports.publish.explainNext')}</Paragraph>
      {error && isStale(error) && (
        <SaveError
          error={error}
          staleText={t('reports.publish.stale')}
          reloadLabel={t('reports.commentary.reload')}
          onReload={() => {
            publish.reset();
            onReload();
          }}
        />
      )}
      {error && !isStale(error) && <ErrorAlert error={error} />}
      {error instanceof ApiError && error.problem?.detail && <Paragraph data-testid="publish-detail">{error.problem.detail}</Paragraph>}
      <div className="vekst-actions">
        <Button loading={publish.isPending} disabled={publish.isPending} onClick={() => publish.mutate(etag, { onSuccess: onPublished })}>
          {t('reports.publish.confirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('app.cancel')}
        </Button>
      </div>
    </FormDialog>
  );
}
