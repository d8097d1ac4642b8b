import { Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Missing } from '../../components/FigureTable';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Loading } from '../../components/Loading';
import { PageSection } from '../../components/PageSection';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { SortableHeader } from '../../components/SortableHeader';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { formatDate, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { Subject } from '../../lib/subjects';
import { useEnterpriseUnits, type EnterpriseUnit } from './api';
import { organisationFormName } from './EnterprisesSection';

type SortField = 'name' | 'registeredOn' | 'deletedOn' | 'employees';
const PAGE_SIZE = 25;

/** The register's units ("Foretak") of one municipality: searchable by name or number, active or deleted, sortable, a page at a time. */
export function UnitsSection({
  subject,
  homeCode,
  sectionName,
}: {
  subject: Subject;
  /** The home municipality's code, once known: the list is always of one named municipality. */
  homeCode: string | undefined;
  sectionName: (section: string) => string;
}) {
  const { t } = useI18n();
  const municipality = subject.kind === 'municipality' ? subject.code : subject.kind === 'home' ? homeCode : undefined;
  return (
    <PageSection id="units" title={t('jobs.units.heading')}>
      <Paragraph>{t('jobs.units.intro')}</Paragraph>
      {subject.kind === 'region' || subject.kind === 'peerGroup' ? (
        <Paragraph>{t('jobs.units.chooseMunicipality')}</Paragraph>
      ) : municipality === undefined ? (
        <Loading />
      ) : (
        // A new municipality starts a new search.
        <UnitList key={municipality} municipality={municipality} sectionName={sectionName} />
      )}
    </PageSection>
  );
}

function UnitList({ municipality, sectionName }: { municipality: string; sectionName: (section: string) => string }) {
  const { t, language } = useI18n();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | 'active' | 'deleted'>('');
  const [sort, setSort] = useState<string>('-registeredOn');
  const [page, setPage] = useState(0);
  const q = useDebouncedValue(search.trim());
  const units = useEnterpriseUnits({ municipality, q, status: status || undefined, sort, page, size: PAGE_SIZE });
  const date = (value: string | null) => (value ? formatDate(value, language) : '');
  const header = (field: SortField) => (
    <SortableHeader<SortField>
      field={field}
      sort={sort}
      onSort={(next) => {
        setSort(next);
        setPage(0);
      }}
      label={t(`jobs.units.columns.${field}`)}
    />
  );

  return (
    <>
      <div className="vekst-toolbar vekst-toolbar--start">
        <Textfield
          label={t('jobs.units.search')}
          description={t('jobs.units.searchHelp')}
          type="search"
          autoComplete="off"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(0);
          }}
        />
        <LabelledSelect
          label={t('jobs.units.status')}
          value={status}
          onChange={(value) => {
            setStatus(value as '' | 'active' | 'deleted');
            setPage(0);
          }}
        >
          <option value="">{t('jobs.units.statusAll')}</option>
          <option value="active">{t('jobs.units.statusActive')}</option>
          <option value="deleted">{t('jobs.units.statusDeleted')}</option>
        </LabelledSelect>
      </div>
      <QueryStatus
        query={units}
        isEmpty={(data) => data.items.length === 0}
        emptyText={t(q || status ? 'jobs.units.noMatch' : 'jobs.units.none')}
      >
        {(data) => (
          <>
            <div className="vekst-table-scroll" tabIndex={0} role="region" aria-label={t('jobs.units.caption')}>
              <Table data-size="sm" zebra data-testid="units-table">
                <caption>{t('jobs.units.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    {header('name')}
                    <Table.HeaderCell scope="col">{t('jobs.units.columns.organisationNumber')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('jobs.units.columns.organisationForm')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('jobs.units.columns.section')}</Table.HeaderCell>
                    {header('registeredOn')}
                    {header('deletedOn')}
                    {header('employees')}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.items.map((unit: EnterpriseUnit) => (
                    <Table.Row key={unit.organisationNumber}>
                      <Table.HeaderCell scope="row">{unit.name}</Table.HeaderCell>
                      <Table.Cell>{unit.organisationNumber}</Table.Cell>
                      <Table.Cell>{unit.organisationForm ? organisationFormName(unit.organisationForm, t) : ''}</Table.Cell>
                      <Table.Cell>{unit.section ? sectionName(unit.section) : ''}</Table.Cell>
                      <Table.Cell>{date(unit.registeredOn)}</Table.Cell>
                      <Table.Cell>{unit.deletedOn ? date(unit.deletedOn) : t('jobs.units.active')}</Table.Cell>
                      <Table.Cell>{unit.employees === null ? <Missing /> : formatInteger(unit.employees, language)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('jobs.units.pages')} />
          </>
        )}
      </QueryStatus>
    </>
  );
}
