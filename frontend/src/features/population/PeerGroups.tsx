import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert, useFieldError } from '../../components/ErrorAlert';
import { FigureTable, type FigureColumn } from '../../components/FigureTable';
import { DialogButtons, FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import { ApiError } from '../../lib/api/client';
import { describeFieldError } from '../../lib/api/errorMessages';
import { formatDateTime } from '../../lib/format';
import { useI18n, type Language } from '../../lib/i18n';
import { useCreatePeerGroup, useDeletePeerGroup, usePeerGroup, usePeerGroups, useUpdatePeerGroup, type PeerGroup } from './api';
import { PageSection } from './shared';

type Actions = { onEdit: (group: PeerGroup) => void; onDelete: (group: PeerGroup) => void };

function groupColumns(t: TFunction, language: Language, { onEdit, onDelete }: Actions): FigureColumn<PeerGroup>[] {
  return [
    { header: t('population.peerGroups.columns.name'), value: (group) => group.name, format: 'text' },
    { header: t('population.peerGroups.columns.key'), value: (group) => group.key, format: 'text' },
    {
      header: t('population.peerGroups.columns.members'),
      value: (group) => group.members.map((member) => `${member.name} (${member.code})`).join(', '),
      format: 'text',
    },
    { header: t('population.peerGroups.columns.updatedAt'), value: (group) => formatDateTime(group.updatedAt, language), format: 'text' },
    {
      header: t('population.peerGroups.columns.actions'),
      value: () => '',
      format: 'text',
      render: (group) => (
        <div className="vekst-row-actions">
          <Button
            variant="secondary"
            data-size="sm"
            aria-label={`${t('population.peerGroups.edit')} ${group.name}`}
            onClick={() => onEdit(group)}
          >
            {t('population.peerGroups.edit')}
          </Button>
          <Button
            variant="tertiary"
            data-size="sm"
            data-color="danger"
            aria-label={`${t('population.peerGroups.delete')} ${group.name}`}
            onClick={() => onDelete(group)}
          >
            {t('population.peerGroups.delete')}
          </Button>
        </div>
      ),
    },
  ];
}

type OpenDialog = { kind: 'create' } | { kind: 'edit'; group: PeerGroup } | { kind: 'delete'; group: PeerGroup } | null;

/** Admins keep the peer groups Kongsberg is compared with: members by municipality code. */
export function PeerGroupsSection() {
  const { t, language } = useI18n();
  const groups = usePeerGroups();
  const remove = useDeletePeerGroup();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (next: OpenDialog) => {
    setNotice(null);
    setDialog(next);
  };
  const columns = useMemo(
    () =>
      groupColumns(t, language, { onEdit: (group) => open({ kind: 'edit', group }), onDelete: (group) => open({ kind: 'delete', group }) }),
    [t, language],
  );
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <PageSection id="peer-groups" title={t('population.peerGroups.heading')}>
      <Paragraph>{t('population.peerGroups.intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {notice && <Alert data-color="success">{notice}</Alert>}
      </div>
      <QueryStatus query={groups} isEmpty={(data) => data.items.length === 0} emptyText={t('population.peerGroups.empty')}>
        {(data) => (
          <FigureTable
            caption={t('population.peerGroups.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(group) => group.key}
            language={language}
            testId="peer-groups-table"
          />
        )}
      </QueryStatus>
      <Button className="vekst-download" onClick={() => open({ kind: 'create' })}>
        {t('population.peerGroups.create')}
      </Button>
      {dialog?.kind === 'create' && (
        <CreatePeerGroupDialog
          onClose={() => setDialog(null)}
          onCreated={(group) => done(t('population.peerGroups.created', { name: group.name }))}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditPeerGroupDialog
          groupKey={dialog.group.key}
          name={dialog.group.name}
          onClose={() => setDialog(null)}
          onSaved={(group) => done(t('population.peerGroups.saved', { name: group.name }))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('population.peerGroups.deleteTitle', { name: dialog.group.name })}
          text={t('population.peerGroups.deleteText', { name: dialog.group.name })}
          confirmLabel={t('population.peerGroups.delete')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setDialog(null);
          }}
          onConfirm={() =>
            remove.mutate(dialog.group.key, { onSuccess: () => done(t('population.peerGroups.deleted', { name: dialog.group.name })) })
          }
        />
      )}
    </PageSection>
  );
}

/** Codes typed with commas, spaces or one a line. */
export function parseCodes(text: string): string[] {
  return text.split(/[\s,;]+/).filter((code) => code !== '');
}

type Fields = { name: string; description: string; members: string };

/** Each member the server refused, named by the code typed at its position: "3999: is not a known code". */
function memberProblems(error: unknown, codes: readonly string[], t: TFunction): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.fieldErrors.flatMap((fieldError) => {
    const match = /^members(?:\[(\d+)\])?/.exec(fieldError.field);
    if (!match) return [];
    const { message } = describeFieldError(fieldError, t);
    const code = match[1] === undefined ? undefined : codes[Number(match[1])];
    return [code ? `${code}: ${message}` : message];
  });
  return messages.length > 0 ? messages.join('; ') : undefined;
}

function PeerGroupFields({
  fields,
  onChange,
  error,
  clientErrors,
}: {
  fields: Fields;
  onChange: (fields: Fields) => void;
  error: unknown;
  clientErrors: Partial<Record<keyof Fields, string>>;
}) {
  const { t } = useI18n();
  const fieldError = useFieldError(error);
  const set = (name: keyof Fields) => (event: { target: { value: string } }) => onChange({ ...fields, [name]: event.target.value });
  return (
    <>
      <Textfield
        label={t('population.peerGroups.name')}
        required
        value={fields.name}
        error={clientErrors.name ?? fieldError('name')}
        onChange={set('name')}
      />
      <Textfield
        multiline
        rows={2}
        label={t('population.peerGroups.description')}
        value={fields.description}
        error={fieldError('description')}
        onChange={set('description')}
      />
      <Textfield
        multiline
        rows={3}
        label={t('population.peerGroups.members')}
        description={t('population.peerGroups.membersHelp')}
        required
        value={fields.members}
        error={clientErrors.members ?? memberProblems(error, parseCodes(fields.members), t)}
        onChange={set('members')}
      />
    </>
  );
}

function checkFields(fields: Fields, t: TFunction): Partial<Record<keyof Fields, string>> {
  const codes = parseCodes(fields.members);
  return {
    name: fields.name.trim() === '' ? t('population.peerGroups.nameRequired') : undefined,
    members: codes.length === 0 || codes.some((code) => !/^\d{4}$/.test(code)) ? t('population.peerGroups.membersRequired') : undefined,
  };
}

const hasProblems = (problems: Partial<Record<string, string>>) => Object.values(problems).some(Boolean);

function CreatePeerGroupDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (group: PeerGroup) => void }) {
  const { t } = useI18n();
  const create = useCreatePeerGroup();
  const fieldError = useFieldError(create.error);
  const [key, setKey] = useState('');
  const [fields, setFields] = useState<Fields>({ name: '', description: '', members: '' });
  const [problems, setProblems] = useState<Partial<Record<keyof Fields | 'key', string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...checkFields(fields, t),
      key: /^[a-z0-9][a-z0-9-]+$/.test(key.trim()) ? undefined : t('population.peerGroups.keyRule'),
    };
    setProblems(next);
    if (hasProblems(next)) return;
    create.mutate(
      { key: key.trim(), name: fields.name.trim(), description: fields.description.trim() || null, members: parseCodes(fields.members) },
      { onSuccess: onCreated },
    );
  };

  return (
    <FormDialog title={t('population.peerGroups.createTitle')} onClose={onClose}>
      {create.isError && <ErrorAlert error={create.error} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Textfield
          label={t('population.peerGroups.key')}
          description={t('population.peerGroups.keyRule')}
          required
          autoCapitalize="none"
          spellCheck={false}
          value={key}
          error={problems.key ?? fieldError('key')}
          onChange={(event) => setKey(event.target.value)}
        />
        <PeerGroupFields fields={fields} onChange={setFields} error={create.error} clientErrors={problems} />
        <DialogButtons pending={create.isPending} onCancel={onClose} submitLabel={t('population.peerGroups.create')} />
      </form>
    </FormDialog>
  );
}

function EditPeerGroupDialog({
  groupKey,
  name,
  onClose,
  onSaved,
}: {
  groupKey: string;
  name: string;
  onClose: () => void;
  onSaved: (group: PeerGroup) => void;
}) {
  const { t } = useI18n();
  // Read fresh: the ETag of this read guards the update against someone else's change meanwhile.
  const current = usePeerGroup(groupKey);
  return (
    <FormDialog title={t('population.peerGroups.editTitle', { name })} onClose={onClose}>
      <QueryStatus query={current}>
        {({ group, etag }) => (
          <EditPeerGroupForm
            key={etag}
            group={group}
            etag={etag}
            onCancel={onClose}
            onSaved={onSaved}
            onReload={() => void current.refetch()}
          />
        )}
      </QueryStatus>
    </FormDialog>
  );
}

function EditPeerGroupForm({
  group,
  etag,
  onCancel,
  onSaved,
  onReload,
}: {
  group: PeerGroup;
  etag: string;
  onCancel: () => void;
  onSaved: (group: PeerGroup) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const update = useUpdatePeerGroup();
  const [fields, setFields] = useState<Fields>({
    name: group.name,
    description: group.description ?? '',
    members: group.members.map((member) => member.code).join(', '),
  });
  const [problems, setProblems] = useState<Partial<Record<keyof Fields, string>>>({});
  const stale = update.error instanceof ApiError && update.error.status === 412;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = checkFields(fields, t);
    setProblems(next);
    if (hasProblems(next)) return;
    update.mutate(
      {
        key: group.key,
        etag,
        body: { name: fields.name.trim(), description: fields.description.trim() || null, members: parseCodes(fields.members) },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <>
      {update.isError && <ErrorAlert error={update.error} onRetry={stale ? onReload : undefined} />}
      <form onSubmit={submit} className="vekst-form" noValidate>
        <Paragraph data-size="sm">{t('population.peerGroups.keyIs', { key: group.key })}</Paragraph>
        <PeerGroupFields fields={fields} onChange={setFields} error={update.error} clientErrors={problems} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} submitLabel={t('population.peerGroups.save')} />
      </form>
    </>
  );
}
