import { Button, Fieldset, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { emptyAuditFilter, useAuditEntries, type AuditEntry, type AuditFilter } from './api';

const PAGE_SIZE = 50;

// The audit log's own vocabulary (see AuditEntry in openapi.yaml); the filters offer these.
const knownEntities = ['user', 'settings', 'session'] as const;
const knownActions = [
  'create',
  'update',
  'delete',
  'login',
  'login-failed',
  'password-change',
  'password-reset',
  'role-change',
  'disable',
  'enable',
] as const;

export function AuditPage() {
  const { t } = useI18n();
  usePageTitle(t('audit.title'));
  // The form edits a draft; the list follows only when the user asks, not on every keystroke.
  const [draft, setDraft] = useState<AuditFilter>(emptyAuditFilter);
  const [filter, setFilter] = useState<AuditFilter>(emptyAuditFilter);
  const [page, setPage] = useState(0);
  const entries = useAuditEntries(filter, page, PAGE_SIZE);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft, id: draft.id.trim(), actor: draft.actor.trim() });
    setPage(0);
  };
  const clear = () => {
    setDraft(emptyAuditFilter);
    setFilter(emptyAuditFilter);
    setPage(0);
  };
  const field = (name: keyof AuditFilter) => ({
    value: draft[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft({ ...draft, [name]: event.target.value }),
  });

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>

      <form onSubmit={apply} className="vekst-filter-form">
        <Fieldset>
          <Fieldset.Legend>{t('audit.filters')}</Fieldset.Legend>
          <div className="vekst-filter-grid">
            <LabelledSelect label={t('audit.entity')} value={draft.entity} onChange={(entity) => setDraft({ ...draft, entity })}>
              <Select.Option value="">{t('audit.allEntities')}</Select.Option>
              {knownEntities.map((entity) => (
                <Select.Option key={entity} value={entity}>
                  {t(`audit.entities.${entity}`)}
                </Select.Option>
              ))}
            </LabelledSelect>
            <Textfield label={t('audit.entityId')} {...field('id')} />
            <Textfield label={t('audit.actor')} autoCapitalize="none" {...field('actor')} />
            <LabelledSelect label={t('audit.action')} value={draft.action} onChange={(action) => setDraft({ ...draft, action })}>
              <Select.Option value="">{t('audit.allActions')}</Select.Option>
              {knownActions.map((action) => (
                <Select.Option key={action} value={action}>
                  {t(`audit.actions.${action}`)}
                </Select.Option>
              ))}
            </LabelledSelect>
            <Textfield label={t('audit.from')} type="date" {...field('from')} />
            <Textfield label={t('audit.to')} type="date" {...field('to')} />
          </div>
          <div className="vekst-actions">
            <Button type="submit">{t('audit.apply')}</Button>
            <Button type="button" variant="secondary" onClick={clear}>
              {t('audit.clear')}
            </Button>
          </div>
        </Fieldset>
      </form>

      <QueryStatus query={entries} isEmpty={(data) => data.items.length === 0} emptyText={t('audit.empty')}>
        {(data) => (
          <>
            <AuditTable entries={data.items} />
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, language } = useI18n();
  // Codes the app knows read as words; new ones from later features show as the API writes them.
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  const label = (group: string, code: string) => translate(`${group}.${code}`, { defaultValue: code });
  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="audit-table">
        <caption>{t('audit.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('audit.columns.at')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.actor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.action')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.entity')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.entityId')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('audit.columns.changes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell className="vekst-nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </Table.Cell>
              <Table.Cell>{entry.actor ?? t('audit.system')}</Table.Cell>
              <Table.Cell>{label('audit.actions', entry.action)}</Table.Cell>
              <Table.Cell>{label('audit.entities', entry.entity)}</Table.Cell>
              <Table.Cell className="vekst-break">{entry.entityId ?? ''}</Table.Cell>
              <Table.Cell>
                <ChangeList changes={entry.changes} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function ChangeList({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useI18n();
  const fields = Object.entries(changes);
  if (fields.length === 0) return <span className="vekst-muted">{t('audit.noChanges')}</span>;
  const show = (value: unknown) => (value === null || value === undefined || value === '' ? t('audit.emptyValue') : describeValue(value));
  return (
    <ul className="vekst-change-list">
      {fields.map(([name, change]) => (
        <li key={name}>{t('audit.changeLine', { field: name, before: show(change.before), after: show(change.after) })}</li>
      ))}
    </ul>
  );
}

/** Audit values are any JSON: lists read as "a, b", everything else as written. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
