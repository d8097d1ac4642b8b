import { Alert, Button, Heading, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { CreatedAlert } from '../../components/CreatedAlert';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { LabelledSelect } from '../../components/LabelledSelect';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { SortableHeader } from '../../components/SortableHeader';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNok } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import {
  campaignStatuses,
  knownChannels,
  useCampaigns,
  type Campaign,
  type CampaignFilters,
  type CampaignSort,
  type CampaignSortField,
} from './api';
import { CreateCampaignDialog } from './CampaignDialog';
import { MetricImportSection } from './MetricImportSection';
import { CampaignStatusTag, ProgressCell, SpendText, useCampaignPeriod, useChannelLabel } from './parts';
import { useCampaignPermissions } from './roles';

const PAGE_SIZE = 25;

export function CampaignsPage() {
  const { t } = useI18n();
  usePageTitle(t('campaigns.title'));
  const { manage } = useCampaignPermissions();
  const channelLabel = useChannelLabel();
  // The detail page sends the reader back here after deleting, saying what was deleted.
  const deletedName = (useLocation().state as { deleted?: string } | null)?.deleted;

  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CampaignFilters['status']>('');
  const [focusArea, setFocusArea] = useState<CampaignFilters['focusArea']>('');
  const [year, setYear] = useState('');
  const [channel, setChannel] = useState('');
  const [sort, setSort] = useState<CampaignSort>('-startDate');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Campaign | null>(null);

  const q = useDebouncedValue(search.trim());
  const filters: CampaignFilters = { q, status, focusArea, year, channel, sort };
  const campaigns = useCampaigns(filters, page, PAGE_SIZE);

  // Any change of filter starts again from the first page.
  const filterChanged =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setPage(0);
    };

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2019 }, (_, index) => String(thisYear + 1 - index));

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('campaigns.title')}
      </Heading>
      <Paragraph>{t('campaigns.intro')}</Paragraph>

      <div className="vekst-toolbar" role="search" aria-label={t('campaigns.filters')}>
        <Textfield
          label={t('campaigns.search')}
          type="search"
          value={search}
          onChange={(event) => filterChanged(setSearch)(event.target.value)}
        />
        <LabelledSelect
          label={t('campaigns.statusFilter')}
          value={status}
          onChange={filterChanged((value) => setStatus(value as CampaignFilters['status']))}
        >
          <Select.Option value="">{t('campaigns.allStatuses')}</Select.Option>
          {campaignStatuses.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`campaigns.statuses.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect
          label={t('campaigns.focusAreaFilter')}
          value={focusArea}
          onChange={filterChanged((value) => setFocusArea(value as CampaignFilters['focusArea']))}
        >
          <FocusAreaOptions emptyLabel={t('campaigns.allFocusAreas')} />
        </LabelledSelect>
        <LabelledSelect label={t('campaigns.yearFilter')} value={year} onChange={filterChanged(setYear)}>
          <Select.Option value="">{t('campaigns.anyYear')}</Select.Option>
          {years.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {candidate}
            </Select.Option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('campaigns.channelFilter')} value={channel} onChange={filterChanged(setChannel)}>
          <Select.Option value="">{t('campaigns.allChannels')}</Select.Option>
          {knownChannels.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {channelLabel(candidate)}
            </Select.Option>
          ))}
        </LabelledSelect>
      </div>
      <div className="vekst-actions vekst-section-actions">
        <Link asChild>
          <RouterLink to={`/campaigns/comparison/${year || thisYear}`}>{t('campaigns.toComparison')}</RouterLink>
        </Link>
        {manage && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('campaigns.create')}
          </Button>
        )}
      </div>
      {deletedName && !created && (
        <Alert data-color="success" role="status">
          {t('campaigns.deleted', { name: deletedName })}
        </Alert>
      )}
      {created && (
        <CreatedAlert
          text={t('campaigns.created', { name: created.name })}
          linkText={t('campaigns.openCreated', { name: created.name })}
          to={`/campaigns/${created.id}`}
        />
      )}

      <QueryStatus query={campaigns} isEmpty={(data) => data.items.length === 0} emptyText={t('campaigns.empty')}>
        {(data) => (
          <>
            <CampaignsTable
              campaigns={data.items}
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

      {manage && <MetricImportSection />}

      {creating && (
        <CreateCampaignDialog
          onClose={() => setCreating(false)}
          onSaved={(campaign) => {
            setCreating(false);
            setCreated(campaign);
          }}
        />
      )}
    </>
  );
}

function CampaignsTable({ campaigns, sort, onSort }: { campaigns: Campaign[]; sort: CampaignSort; onSort: (sort: CampaignSort) => void }) {
  const { t, language } = useI18n();
  const period = useCampaignPeriod();
  const sortField = sort.replace(/^-/, '') as CampaignSortField;
  const header = (field: CampaignSortField) => (
    <SortableHeader field={field} sort={sort} onSort={onSort} label={t(`campaigns.columns.${field}`)} />
  );
  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="campaigns-table">
        <caption>{t('campaigns.tableCaption', { column: t(`campaigns.columns.${sortField}`) })}</caption>
        <Table.Head>
          <Table.Row>
            {header('name')}
            {header('status')}
            {header('startDate')}
            {header('budgetNok')}
            <Table.HeaderCell scope="col">{t('campaigns.columns.spendNok')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('campaigns.columns.progress')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {campaigns.map((campaign) => (
            <Table.Row key={campaign.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/campaigns/${campaign.id}`}>{campaign.name}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>
                <CampaignStatusTag status={campaign.status} />
              </Table.Cell>
              <Table.Cell className="vekst-nowrap">{period(campaign)}</Table.Cell>
              <Table.Cell className="vekst-nowrap">{formatNok(campaign.budgetNok, language)}</Table.Cell>
              <Table.Cell>
                <SpendText campaign={campaign} />
              </Table.Cell>
              <Table.Cell>
                <ProgressCell campaign={campaign} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
