import { Button, Heading, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { CreatedAlert } from '../../components/CreatedAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  downloadPartnersCsv,
  partnerStatuses,
  sectors,
  usePartners,
  type Partner,
  type PartnerFilters,
  type PartnerSort,
  type PartnerSortField,
} from './api';
import { DueForErasureSection } from './DueForErasureSection';
import { CreatePartnerDialog } from './PartnerDialogs';
import { PartnerStatusTag } from './PartnerStatusTag';
import { usePartnerPermissions } from './roles';

const PAGE_SIZE = 25;

export function PartnersPage() {
  const { t } = useI18n();
  usePageTitle(t('partners.title'));
  const { manage } = usePartnerPermissions();

  const [search, setSearch] = useState('');
  const [sector, setSector] = useState<PartnerFilters['sector']>('');
  const [status, setStatus] = useState<PartnerFilters['status']>('');
  const [municipality, setMunicipality] = useState('');
  const [agreementYear, setAgreementYear] = useState('');
  const [sort, setSort] = useState<PartnerSort>('name');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Partner | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);

  const q = useDebouncedValue(search.trim());
  const filters: PartnerFilters = { q, sector, status, municipality: municipality.trim(), agreementYear: agreementYear.trim(), sort };
  const partners = usePartners(filters, page, PAGE_SIZE);

  // Any change of filter starts again from the first page.
  const filterChanged =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(0);
    };

  const download = async () => {
    setDownloadError(null);
    setDownloading(true);
    try {
      await downloadPartnersCsv(filters);
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  };

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2019 }, (_, index) => String(thisYear + 1 - index));

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('partners.title')}
      </Heading>
      <Paragraph>{t('partners.intro')}</Paragraph>

      <div className="vekst-toolbar" role="search" aria-label={t('partners.filters')}>
        <Textfield
          label={t('partners.search')}
          type="search"
          value={search}
          onChange={(event) => filterChanged(setSearch)(event.target.value)}
        />
        <LabelledSelect
          label={t('partners.sectorFilter')}
          value={sector}
          onChange={filterChanged((value) => setSector(value as PartnerFilters['sector']))}
        >
          <Select.Option value="">{t('partners.allSectors')}</Select.Option>
          {sectors.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`partners.sectors.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect
          label={t('partners.statusFilter')}
          value={status}
          onChange={filterChanged((value) => setStatus(value as PartnerFilters['status']))}
        >
          <Select.Option value="">{t('partners.allStatuses')}</Select.Option>
          {partnerStatuses.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`partners.statuses.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('partners.agreementYearFilter')} value={agreementYear} onChange={filterChanged(setAgreementYear)}>
          <Select.Option value="">{t('partners.anyYear')}</Select.Option>
          {years.map((year) => (
            <Select.Option key={year} value={year}>
              {year}
            </Select.Option>
          ))}
        </LabelledSelect>
        <Textfield
          label={t('partners.municipalityFilter')}
          inputMode="numeric"
          maxLength={4}
          className="vekst-short-field"
          value={municipality}
          onChange={(event) => filterChanged(setMunicipality)(event.target.value.replace(/\D/g, ''))}
        />
      </div>
      <div className="vekst-actions vekst-section-actions">
        <Button variant="secondary" loading={downloading} disabled={downloading} onClick={() => void download()} data-testid="partners-csv">
          {t('partners.downloadCsv')}
        </Button>
        {manage && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('partners.create')}
          </Button>
        )}
      </div>
      {downloadError !== null && <ErrorAlert error={downloadError} />}
      {created && (
        <CreatedAlert
          text={t('partners.created', { name: created.name })}
          linkText={t('partners.openCreated', { name: created.name })}
          to={`/partners/${created.id}`}
        />
      )}

      <QueryStatus query={partners} isEmpty={(data) => data.items.length === 0} emptyText={t('partners.empty')}>
        {(data) => (
          <>
            <PartnersTable
              partners={data.items}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setPage(0);
              }}
            />
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>

      {manage && <DueForErasureSection />}

      {creating && (
        <CreatePartnerDialog
          onClose={() => setCreating(false)}
          onCreated={(partner) => {
            setCreating(false);
            setCreated(partner);
          }}
        />
      )}
    </>
  );
}

function PartnersTable({ partners, sort, onSort }: { partners: Partner[]; sort: PartnerSort; onSort: (sort: PartnerSort) => void }) {
  const { t, language } = useI18n();
  const sortField = sort.replace(/^-/, '') as PartnerSortField;
  const descending = sort.startsWith('-');

  const sortableHeader = (field: PartnerSortField) => (
    <Table.HeaderCell
      scope="col"
      sort={sortField === field ? (descending ? 'descending' : 'ascending') : 'none'}
      onClick={() => onSort(sortField === field && !descending ? `-${field}` : field)}
    >
      {t(`partners.columns.${field}`)}
    </Table.HeaderCell>
  );

  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="partners-table">
        <caption>{t('partners.tableCaption', { column: t(`partners.columns.${sortField}`) })}</caption>
        <Table.Head>
          <Table.Row>
            {sortableHeader('name')}
            {sortableHeader('organisationNumber')}
            {sortableHeader('sector')}
            {sortableHeader('status')}
            <Table.HeaderCell scope="col">{t('partners.columns.municipality')}</Table.HeaderCell>
            {sortableHeader('updatedAt')}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {partners.map((partner) => (
            <Table.Row key={partner.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/partners/${partner.id}`}>{partner.name}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{partner.organisationNumber}</Table.Cell>
              <Table.Cell>{t(`partners.sectors.${partner.sector}`)}</Table.Cell>
              <Table.Cell>
                <PartnerStatusTag status={partner.status} />
              </Table.Cell>
              <Table.Cell>{partner.municipality ?? ''}</Table.Cell>
              <Table.Cell>{formatDate(partner.updatedAt, language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
