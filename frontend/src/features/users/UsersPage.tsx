import { Alert, Button, Heading, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { useAuth } from '../../lib/auth/AuthProvider';
import { allRoles, type Role } from '../../lib/auth/roles';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useSetUserEnabled, useUsers, type User, type UserListParams, type UserSort, type UserSortField } from './api';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs';

const PAGE_SIZE = 20;

type OpenDialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));

  const [search, setSearch] = useState('');
  const [role, setRole] = useState<UserListParams['role']>('');
  const [enabled, setEnabled] = useState<UserListParams['enabled']>('');
  const [sort, setSort] = useState<UserSort>('username');
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const q = useDebouncedValue(search.trim());
  const users = useUsers({ q, role, enabled, sort, page, size: PAGE_SIZE });
  const setUserEnabled = useSetUserEnabled();

  // Any change of filter starts again from the first page.
  const filterChanged =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(0);
    };

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('users.title')}
      </Heading>
      <Paragraph>{t('users.intro')}</Paragraph>

      <div className="vekst-toolbar">
        <Textfield
          label={t('users.search')}
          type="search"
          value={search}
          onChange={(event) => filterChanged(setSearch)(event.target.value)}
        />
        <LabelledSelect label={t('users.roleFilter')} value={role} onChange={filterChanged((value) => setRole(value as Role | ''))}>
          <Select.Option value="">{t('users.allRoles')}</Select.Option>
          {allRoles.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`roles.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect
          label={t('users.statusFilter')}
          value={enabled}
          onChange={filterChanged((value) => setEnabled(value as UserListParams['enabled']))}
        >
          <Select.Option value="">{t('users.allStatuses')}</Select.Option>
          <Select.Option value="true">{t('users.enabledOnly')}</Select.Option>
          <Select.Option value="false">{t('users.disabledOnly')}</Select.Option>
        </LabelledSelect>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.create')}</Button>
      </div>

      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {setUserEnabled.isError && <ErrorAlert error={setUserEnabled.error} />}

      <QueryStatus query={users} isEmpty={(data) => data.items.length === 0} emptyText={t('users.empty')}>
        {(data) => (
          <>
            <UsersTable
              users={data.items}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setPage(0);
              }}
              onEdit={(user) => setDialog({ kind: 'edit', user })}
              onResetPassword={(user) => setDialog({ kind: 'reset', user })}
              onToggleEnabled={(user) => {
                setNotice(null);
                setUserEnabled.mutate(
                  { id: user.id, enabled: !user.enabled },
                  { onSuccess: (saved) => setNotice(t('users.saved', { username: saved.username })) },
                );
              }}
            />
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>

      {dialog?.kind === 'create' && (
        <CreateUserDialog onClose={() => setDialog(null)} onCreated={(user) => done(t('users.created', { username: user.username }))} />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(user) => done(t('users.saved', { username: user.username }))}
        />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}

type UsersTableProps = {
  users: User[];
  sort: UserSort;
  onSort: (sort: UserSort) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleEnabled: (user: User) => void;
};

function UsersTable({ users, sort, onSort, onEdit, onResetPassword, onToggleEnabled }: UsersTableProps) {
  const { t, language } = useI18n();
  const { user: me } = useAuth();
  const sortField = sort.replace(/^-/, '') as UserSortField;
  const descending = sort.startsWith('-');

  const sortableHeader = (field: UserSortField, label: string) => (
    <Table.HeaderCell
      scope="col"
      sort={sortField === field ? (descending ? 'descending' : 'ascending') : 'none'}
      onClick={() => onSort(sortField === field && !descending ? `-${field}` : field)}
    >
      {label}
    </Table.HeaderCell>
  );

  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="users-table">
        <caption>{t('users.tableCaption', { column: t(`users.columns.${sortField}`) })}</caption>
        <Table.Head>
          <Table.Row>
            {sortableHeader('username', t('users.columns.username'))}
            {sortableHeader('displayName', t('users.columns.displayName'))}
            <Table.HeaderCell scope="col">{t('users.columns.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.columns.status')}</Table.HeaderCell>
            {sortableHeader('createdAt', t('users.columns.createdAt'))}
            <Table.HeaderCell scope="col">{t('users.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.HeaderCell scope="row">{user.username}</Table.HeaderCell>
              <Table.Cell>{user.displayName}</Table.Cell>
              <Table.Cell>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</Table.Cell>
              <Table.Cell>
                <Tag data-color={user.enabled ? 'success' : 'neutral'}>{user.enabled ? t('users.enabled') : t('users.disabled')}</Tag>
              </Table.Cell>
              <Table.Cell>{formatDate(user.createdAt, language)}</Table.Cell>
              <Table.Cell>
                <div className="vekst-row-actions">
                  <Button variant="tertiary" data-size="sm" aria-label={`${t('users.edit')} ${user.username}`} onClick={() => onEdit(user)}>
                    {t('users.edit')}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={`${t('users.resetPassword')} ${user.username}`}
                    onClick={() => onResetPassword(user)}
                  >
                    {t('users.resetPassword')}
                  </Button>
                  {user.username !== me?.username && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={`${user.enabled ? t('users.disable') : t('users.enable')} ${user.username}`}
                      onClick={() => onToggleEnabled(user)}
                    >
                      {user.enabled ? t('users.disable') : t('users.enable')}
                    </Button>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
