import { Alert, Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { SortableHeader } from '../../components/SortableHeader';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { useAuth } from '../../lib/auth/AuthProvider';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  openingSources,
  openingStatuses,
  useCategories,
  useOpenings,
  type JobOpening,
  type OpeningFilters,
  type OpeningSort,
  type OpeningSortField,
} from './api';
import { DeleteOpeningDialog } from './DeleteOpeningDialog';
import { FeedImportSection } from './FeedImportSection';
import { CreateOpeningDialog, EditOpeningDialog, ViewOpeningDialog } from './OpeningDialogs';
import { DemoTag, MunicipalityOptions, OpeningStatusTag, useMunicipalityOptions } from './parts';

const PAGE_SIZE = 25;

/** The calendar day of an instant in the reader's time zone, as YYYY-MM-DD. */
function localDay(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

type Dialog =
  | { kind: 'create' }
  | { kind: 'view'; id: string }
  | { kind: 'edit'; id: string }
  | { kind: 'delete'; opening: JobOpening; etag: string }
  | null;

/** "Stillinger": every job opening for staff; editors and admins post, change and import them. */
export function OpeningsPage() {
  const { t } = useI18n();
  usePageTitle(t('openings.title'));
  const { user } = useAuth();
  const manage = user?.roles.some((role) => role === 'editor' || role === 'admin') ?? false;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<OpeningFilters['status']>('');
  const [source, setSource] = useState<OpeningFilters['source']>('');
  const [category, setCategory] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [sort, setSort] = useState<OpeningSort>('-updatedAt');
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const categories = useCategories();
  const municipalities = useMunicipalityOptions();
  const q = useDebouncedValue(search.trim());
  const filterChanged =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(0);
    };
  const open = (next: Dialog) => {
    setNotice(null);
    setDialog(next);
  };
  const saved = (key: 'openings.created' | 'openings.saved') => (opening: JobOpening) => {
    setDialog(null);
    setNotice(t(key, { title: opening.title }));
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('openings.title')}
      </Heading>
      <Paragraph>{t('openings.intro')}</Paragraph>
      <div className="vekst-toolbar" role="search" aria-label={t('openings.filters')}>
        <Textfield
          label={t('openings.search')}
          type="search"
          value={search}
          onChange={(event) => filterChanged(setSearch)(event.target.value)}
        />
        <LabelledSelect
          label={t('openings.statusFilter')}
          value={status}
          onChange={filterChanged((value: string) => setStatus(value as OpeningFilters['status']))}
        >
          <Select.Option value="">{t('openings.allStatuses')}</Select.Option>
          {openingStatuses.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`openings.statuses.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect
          label={t('openings.sourceFilter')}
          value={source}
          onChange={filterChanged((value: string) => setSource(value as OpeningFilters['source']))}
        >
          <Select.Option value="">{t('openings.allSources')}</Select.Option>
          {openingSources.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`openings.sources.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('openings.categoryFilter')} value={category} onChange={filterChanged(setCategory)}>
          <Select.Option value="">{t('openings.allCategories')}</Select.Option>
          {(categories.data ?? []).map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {candidate}
            </Select.Option>
          ))}
        </LabelledSelect>
        {municipalities.length > 0 && (
          <LabelledSelect label={t('openings.municipalityFilter')} value={municipality} onChange={filterChanged(setMunicipality)}>
            <MunicipalityOptions options={municipalities} emptyLabel={t('openings.allMunicipalities')} />
          </LabelledSelect>
        )}
      </div>
      {manage && (
        <div className="vekst-actions vekst-section-actions">
          <Button onClick={() => open({ kind: 'create' })}>{t('openings.create')}</Button>
        </div>
      )}
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <OpeningList
        filters={{ q, status, source, category, municipality, sort }}
        page={page}
        onPage={setPage}
        onSort={(next) => {
          setSort(next);
          setPage(0);
        }}
        onOpen={(opening) => open({ kind: 'view', id: opening.id })}
      />
      {manage && <FeedImportSection />}

      {dialog?.kind === 'create' && (
        <CreateOpeningDialog ownOrganisation={false} onClose={() => setDialog(null)} onSaved={saved('openings.created')} />
      )}
      {dialog?.kind === 'view' && (
        <ViewOpeningDialog
          openingId={dialog.id}
          manage={manage}
          onClose={() => setDialog(null)}
          onEdit={(opening) => open({ kind: 'edit', id: opening.id })}
          onDelete={(opening, etag) => open({ kind: 'delete', opening, etag })}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditOpeningDialog
          openingId={dialog.id}
          ownOrganisation={false}
          onClose={() => setDialog(null)}
          onSaved={saved('openings.saved')}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteOpeningDialog
          opening={dialog.opening}
          etag={dialog.etag}
          onClose={() => setDialog(null)}
          onDeleted={(text) => {
            setNotice(text);
            setDialog(null);
          }}
        />
      )}
    </>
  );
}

function OpeningList({
  filters,
  page,
  onPage,
  onSort,
  onOpen,
}: {
  filters: OpeningFilters;
  page: number;
  onPage: (page: number) => void;
  onSort: (sort: OpeningSort) => void;
  onOpen: (opening: JobOpening) => void;
}) {
  const { t, language } = useI18n();
  const openings = useOpenings(filters, page, PAGE_SIZE);
  const sortField = filters.sort.replace(/^-/, '') as OpeningSortField;
  const header = (field: OpeningSortField) => (
    <SortableHeader<OpeningSortField> field={field} sort={filters.sort} onSort={onSort} label={t(`openings.columns.${field}`)} />
  );
  return (
    <QueryStatus query={openings} isEmpty={(data) => data.items.length === 0} emptyText={t('openings.empty')}>
      {(data) => (
        <>
          <div className="vekst-table-scroll">
            <Table data-size="sm" zebra data-testid="openings-table">
              <caption>{t('openings.tableCaption', { column: t(`openings.columns.${sortField}`) })}</caption>
              <Table.Head>
                <Table.Row>
                  {header('title')}
                  {header('employer')}
                  <Table.HeaderCell scope="col">{t('openings.columns.municipality')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('openings.columns.category')}</Table.HeaderCell>
                  {header('applicationDeadline')}
                  <Table.HeaderCell scope="col">{t('openings.columns.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('openings.columns.source')}</Table.HeaderCell>
                  {header('updatedAt')}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.map((opening) => (
                  <Table.Row key={opening.id}>
                    <Table.HeaderCell scope="row">
                      <Button variant="tertiary" data-size="sm" className="vekst-link-button" onClick={() => onOpen(opening)}>
                        {opening.title}
                      </Button>
                      {opening.demo && <DemoTag />}
                    </Table.HeaderCell>
                    <Table.Cell>{opening.employer.name}</Table.Cell>
                    <Table.Cell>{opening.municipality.name}</Table.Cell>
                    <Table.Cell>{opening.category ?? ''}</Table.Cell>
                    <Table.Cell className="vekst-nowrap">{formatDate(opening.applicationDeadline, language)}</Table.Cell>
                    <Table.Cell>
                      <OpeningStatusTag status={opening.status} />
                    </Table.Cell>
                    <Table.Cell>{t(`openings.sources.${opening.source}`)}</Table.Cell>
                    <Table.Cell className="vekst-nowrap">{formatDate(localDay(opening.updatedAt), language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager page={data.page} size={data.size} total={data.total} onPageChange={onPage} label={t('pagination.label')} />
        </>
      )}
    </QueryStatus>
  );
}
