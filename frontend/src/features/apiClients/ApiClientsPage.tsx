import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { SortableHeader } from '../../components/SortableHeader';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { addDaysIso, todayIso } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  allStatuses,
  scopeKey,
  useApiClients,
  type ApiClient,
  type ApiClientListParams,
  type ApiClientSort,
  type ApiClientSortField,
  type ApiClientStatus,
} from './api';
import { CreateApiClientDialog, EditApiClientDialog, RevokeApiClientDialog, RotateSecretDialog } from './ApiClientDialogs';
import { UsageDialog } from './UsageDialog';

const PAGE_SIZE = 20;
/** An active client whose last day is this close is marked, so it can be renewed in time. */
const EXPIRY_WARNING_DAYS = 30;

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; client: ApiClient }
  | { kind: 'usage'; client: ApiClient }
  | { kind: 'rotate'; client: ApiClient }
  | { kind: 'revoke'; client: ApiClient }
  | null;

const statusColour: Record<ApiClientStatus, 'success' | 'warning' | 'neutral'> = {
  active: 'success',
  expired: 'warning',
  revoked: 'neutral',
};

export function ApiClientsPage() {
  const { t } = useI18n();
  usePageTitle(t('apiClients.title'));

  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ApiClientListParams['status']>('');
  const [sort, setSort] = useState<ApiClientSort>('name');
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const q = useDebouncedValue(search.trim());
  const clients = useApiClients({ q, status, sort, page, size: PAGE_SIZE });

  const open = (next: OpenDialog) => {
    setNotice(null);
    setDialog(next);
  };
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('apiClients.title')}
      </Heading>
      <Paragraph>{t('apiClients.intro')}</Paragraph>

      <div className="vekst-toolbar">
        <Textfield
          label={t('apiClients.search')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(0);
          }}
        />
        <LabelledSelect
          label={t('apiClients.statusFilter')}
          value={status}
          onChange={(value) => {
            setStatus(value as ApiClientListParams['status']);
            setPage(0);
          }}
        >
          <Select.Option value="">{t('apiClients.allStatuses')}</Select.Option>
          {allStatuses.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`apiClients.status.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <Button onClick={() => open({ kind: 'create' })}>{t('apiClients.create')}</Button>
      </div>

      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}

      <QueryStatus query={clients} isEmpty={(data) => data.items.length === 0} emptyText={t('apiClients.empty')}>
        {(data) => (
          <>
            <ApiClientsTable
              clients={data.items}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setPage(0);
              }}
              onOpen={open}
            />
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>

      {dialog?.kind === 'create' && <CreateApiClientDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <EditApiClientDialog
          client={dialog.client}
          onClose={() => setDialog(null)}
          onSaved={(client) => done(t('apiClients.saved', { name: client.name }))}
        />
      )}
      {dialog?.kind === 'usage' && <UsageDialog client={dialog.client} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rotate' && <RotateSecretDialog client={dialog.client} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'revoke' && (
        <RevokeApiClientDialog
          client={dialog.client}
          onClose={() => setDialog(null)}
          onRevoked={(client) => done(t('apiClients.revokedNotice', { name: client.name }))}
        />
      )}
    </>
  );
}

type ApiClientsTableProps = {
  clients: ApiClient[];
  sort: ApiClientSort;
  onSort: (sort: ApiClientSort) => void;
  onOpen: (dialog: OpenDialog) => void;
};

function ApiClientsTable({ clients, sort, onSort, onOpen }: ApiClientsTableProps) {
  const { t, language } = useI18n();
  const sortField = sort.replace(/^-/, '') as ApiClientSortField;
  const today = todayIso();
  const warnFrom = addDaysIso(today, EXPIRY_WARNING_DAYS);
  const header = (field: ApiClientSortField) => (
    <SortableHeader field={field} sort={sort} onSort={onSort} label={t(`apiClients.columns.${field}`)} />
  );
  const action = (client: ApiClient, kind: 'edit' | 'usage' | 'rotate' | 'revoke', label: string) => (
    <Button
      variant="tertiary"
      data-size="sm"
      data-color={kind === 'revoke' ? 'danger' : undefined}
      aria-label={`${label}: ${client.name}`}
      onClick={() => onOpen({ kind, client })}
    >
      {label}
    </Button>
  );

  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="api-clients-table">
        <caption>{t('apiClients.tableCaption', { column: t(`apiClients.columns.${sortField}`) })}</caption>
        <Table.Head>
          <Table.Row>
            {header('name')}
            <Table.HeaderCell scope="col">{t('apiClients.columns.clientId')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('apiClients.columns.owner')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('apiClients.columns.scopes')}</Table.HeaderCell>
            {header('createdAt')}
            {header('expiresOn')}
            <Table.HeaderCell scope="col">{t('apiClients.columns.status')}</Table.HeaderCell>
            {header('lastUsedOn')}
            <Table.HeaderCell scope="col">{t('apiClients.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {clients.map((client) => {
            const revoked = client.status === 'revoked';
            const expiresSoon = client.status === 'active' && client.expiresOn <= warnFrom;
            return (
              <Table.Row key={client.id}>
                <Table.HeaderCell scope="row">{client.name}</Table.HeaderCell>
                <Table.Cell>
                  <code className="vekst-client-id">{client.clientId}</code>
                </Table.Cell>
                <Table.Cell>
                  {client.ownerName}
                  <br />
                  <span className="vekst-muted vekst-break">{client.ownerEmail}</span>
                </Table.Cell>
                <Table.Cell>{client.scopes.map((scope) => t(`apiClients.scopes.${scopeKey(scope)}`)).join(', ')}</Table.Cell>
                <Table.Cell>{formatDate(client.createdAt, language)}</Table.Cell>
                <Table.Cell>
                  {expiresSoon ? (
                    <span className="vekst-expiring">
                      <strong>{formatDate(client.expiresOn, language)}</strong>
                      <Tag data-color="warning">{t('apiClients.expiresSoon')}</Tag>
                    </span>
                  ) : (
                    formatDate(client.expiresOn, language)
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={statusColour[client.status]}>{t(`apiClients.status.${client.status}`)}</Tag>
                </Table.Cell>
                <Table.Cell>{client.lastUsedOn ? formatDate(client.lastUsedOn, language) : t('apiClients.neverUsed')}</Table.Cell>
                <Table.Cell>
                  <div className="vekst-row-actions">
                    {action(client, 'edit', revoked ? t('apiClients.view') : t('apiClients.edit'))}
                    {action(client, 'usage', t('apiClients.usage.action'))}
                    {!revoked && action(client, 'rotate', t('apiClients.rotate.action'))}
                    {!revoked && action(client, 'revoke', t('apiClients.revoke.action'))}
                  </div>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
