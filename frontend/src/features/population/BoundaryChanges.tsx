import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { FigureTable, type FigureColumn } from '../../components/FigureTable';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDate, formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  useBoundaryChanges,
  useCreateBoundaryChange,
  useDeleteBoundaryChange,
  type BoundaryChange,
  type BoundaryChangeInput,
  type MunicipalityRef,
} from './api';
import { PageSection } from './shared';

function changeColumns(t: TFunction, language: 'nb' | 'en', onDelete: (change: BoundaryChange) => void): FigureColumn<BoundaryChange>[] {
  return [
    { header: t('population.boundary.columns.date'), value: (change) => formatDate(change.date, language), format: 'text' },
    {
      header: t('population.boundary.columns.other'),
      value: (change) =>
        change.otherMunicipalityCode ? `${change.otherMunicipality} (${change.otherMunicipalityCode})` : change.otherMunicipality,
      format: 'text',
    },
    { header: t('population.boundary.columns.personsMoved'), value: (change) => change.personsMoved, format: 'signed' },
    { header: t('population.boundary.columns.note'), value: (change) => change.note, format: 'text' },
    {
      header: t('population.boundary.columns.created'),
      value: (change) => `${change.createdBy ?? t('audit.system')}, ${formatDateTime(change.createdAt, language)}`,
      format: 'text',
    },
    {
      header: t('population.boundary.columns.actions'),
      value: () => '',
      format: 'text',
      render: (change) => (
        <Button
          variant="tertiary"
          data-size="sm"
          data-color="danger"
          aria-label={`${t('population.boundary.delete')} ${t('population.boundary.deleteWhich', { date: formatDate(change.date, language), other: change.otherMunicipality })}`}
          onClick={() => onDelete(change)}
        >
          {t('population.boundary.delete')}
        </Button>
      ),
    },
  ];
}

/** Admins record the boundary changes the data does not show; each makes its period a series break. */
export function BoundaryChangesSection({ municipality }: { municipality: MunicipalityRef }) {
  const { t, language } = useI18n();
  const changes = useBoundaryChanges(municipality.code);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<BoundaryChange | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteBoundaryChange(municipality.code);
  const columns = useMemo(() => changeColumns(t, language, setDeleting), [t, language]);

  return (
    <PageSection id="boundary-changes" title={t('population.boundary.heading', { municipality: municipality.name })}>
      <Paragraph>{t('population.boundary.intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {notice && <Alert data-color="success">{notice}</Alert>}
      </div>
      <QueryStatus
        query={changes}
        isEmpty={(data) => data.items.length === 0}
        emptyText={t('population.boundary.empty', { municipality: municipality.name })}
      >
        {(data) => (
          <FigureTable
            caption={t('population.boundary.caption', { municipality: municipality.name })}
            columns={columns}
            rows={data.items}
            rowKey={(change) => change.id}
            language={language}
            testId="boundary-changes-table"
          />
        )}
      </QueryStatus>
      <Button
        className="vekst-download"
        onClick={() => {
          setNotice(null);
          setAdding(true);
        }}
      >
        {t('population.boundary.add')}
      </Button>
      {adding && (
        <BoundaryChangeDialog
          municipality={municipality}
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            setNotice(t('population.boundary.created'));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('population.boundary.deleteTitle')}
          text={t('population.boundary.deleteText', {
            date: formatDate(deleting.date, language),
            other: deleting.otherMunicipality,
            municipality: municipality.name,
          })}
          confirmLabel={t('population.boundary.delete')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                setNotice(t('population.boundary.deleted'));
              },
            })
          }
        />
      )}
    </PageSection>
  );
}

type Draft = { date: string; otherMunicipality: string; otherMunicipalityCode: string; personsMoved: string; note: string };

function BoundaryChangeDialog({
  municipality,
  onClose,
  onCreated,
}: {
  municipality: MunicipalityRef;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateBoundaryChange(municipality.code);
  const fieldError = useFieldError(create.error);
  const [draft, setDraft] = useState<Draft>({ date: '', otherMunicipality: '', otherMunicipalityCode: '', personsMoved: '', note: '' });
  const [missing, setMissing] = useState<Partial<Record<keyof Draft, string>>>({});
  const set = (name: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const persons = draft.personsMoved
      .trim()
      .replace(/[\s\u00a0]/g, '')
      .replace('−', '-');
    const problems = {
      date: draft.date === '' ? t('population.boundary.dateRequired') : undefined,
      otherMunicipality: draft.otherMunicipality.trim() === '' ? t('population.boundary.otherRequired') : undefined,
      personsMoved: /^[-+]?\d+$/.test(persons) ? undefined : t('population.boundary.personsRequired'),
    };
    setMissing(problems);
    if (problems.date || problems.otherMunicipality || problems.personsMoved) return;
    const body: BoundaryChangeInput = {
      date: draft.date,
      otherMunicipality: draft.otherMunicipality.trim(),
      otherMunicipalityCode: draft.otherMunicipalityCode.trim() || null,
      personsMoved: Number(persons),
      note: draft.note.trim() || null,
    };
    create.mutate(body, { onSuccess: onCreated });
  };

  return (
    <FormDialog title={t('population.boundary.addTitle', { municipality: municipality.name })} onClose={onClose}>
      {create.isError && <ErrorAlert error={create.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('population.boundary.date')}
          type="date"
          required
          value={draft.date}
          error={missing.date ?? fieldError('date')}
          onChange={set('date')}
        />
        <Textfield
          label={t('population.boundary.other')}
          required
          value={draft.otherMunicipality}
          error={missing.otherMunicipality ?? fieldError('otherMunicipality')}
          onChange={set('otherMunicipality')}
        />
        <Textfield
          label={t('population.boundary.otherCode')}
          description={t('population.boundary.otherCodeHelp')}
          inputMode="numeric"
          maxLength={4}
          value={draft.otherMunicipalityCode}
          error={fieldError('otherMunicipalityCode')}
          onChange={set('otherMunicipalityCode')}
        />
        <Textfield
          label={t('population.boundary.personsMoved')}
          description={t('population.boundary.personsMovedHelp', { municipality: municipality.name })}
          inputMode="numeric"
          required
          value={draft.personsMoved}
          error={missing.personsMoved ?? fieldError('personsMoved')}
          onChange={set('personsMoved')}
        />
        <Textfield
          multiline
          rows={3}
          label={t('population.boundary.note')}
          value={draft.note}
          error={fieldError('note')}
          onChange={set('note')}
        />
        <DialogButtons pending={create.isPending} onCancel={onClose} submitLabel={t('population.boundary.save')} />
      </form>
    </FormDialog>
  );
}
