import { Heading, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Missing } from '../../components/FigureTable';
import { KpiStatusTag, KpiTrendText, useProjectionText } from '../../components/KpiStatus';
import { LabelledSelect } from '../../components/LabelledSelect';
import { QueryStatus } from '../../components/QueryStatus';
import { SortableHeader } from '../../components/SortableHeader';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { usePageTitle } from '../../components/usePageTitle';
import { FocusAreaOptions } from '../../components/FocusAreaOptions';
import { useI18n } from '../../lib/i18n';
import { kpiStatuses, useKpiList, type Kpi, type KpiFilters, type KpiSort, type KpiSortField } from '../../lib/kpis/api';
import { formatKpiValue } from '../../lib/kpis/format';
import { Sparkline } from './Sparkline';
import { StatusRule } from './StatusRule';

export function KpisPage() {
  const { t } = useI18n();
  usePageTitle(t('kpis.title'));
  const [search, setSearch] = useState('');
  const [focusArea, setFocusArea] = useState<KpiFilters['focusArea']>('');
  const [status, setStatus] = useState<KpiFilters['status']>('');
  const [sort, setSort] = useState<KpiSort>('order');
  const q = useDebouncedValue(search.trim());
  const kpis = useKpiList({ q, focusArea, status, sort });

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('kpis.title')}
      </Heading>
      <Paragraph>{t('kpis.intro')}</Paragraph>
      <StatusRule />
      <div className="vekst-toolbar" role="search" aria-label={t('kpis.filters')}>
        <Textfield label={t('kpis.search')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <LabelledSelect
          label={t('kpis.focusAreaFilter')}
          value={focusArea}
          onChange={(value) => setFocusArea(value as KpiFilters['focusArea'])}
        >
          <FocusAreaOptions emptyLabel={t('kpis.allFocusAreas')} />
        </LabelledSelect>
        <LabelledSelect label={t('kpis.statusFilter')} value={status} onChange={(value) => setStatus(value as KpiFilters['status'])}>
          <Select.Option value="">{t('kpis.allStatuses')}</Select.Option>
          {kpiStatuses.map((candidate) => (
            <Select.Option key={candidate} value={candidate}>
              {t(`kpis.statuses.${candidate}`)}
            </Select.Option>
          ))}
        </LabelledSelect>
      </div>
      <QueryStatus query={kpis} isEmpty={(items) => items.length === 0} emptyText={t('kpis.empty')}>
        {(items) => <KpiTable kpis={items} sort={sort} onSort={setSort} />}
      </QueryStatus>
    </>
  );
}

function KpiTable({ kpis, sort, onSort }: { kpis: Kpi[]; sort: KpiSort; onSort: (sort: KpiSort) => void }) {
  const { t, language } = useI18n();
  const projectionText = useProjectionText();
  const year = kpis[0]?.current.period ?? String(new Date().getFullYear());
  const sortField = sort.replace(/^-/, '') as KpiSortField | 'order';
  const column = sortField === 'order' ? t('kpis.programmeOrder') : t(`kpis.columns.${sortField}`, { year });

  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="kpis-table">
        <caption>{t('kpis.tableCaption', { year, column })}</caption>
        <Table.Head>
          <Table.Row>
            <SortableHeader<KpiSortField> field="name" sort={sort} onSort={onSort} label={t('kpis.columns.name')} />
            <SortableHeader<KpiSortField> field="focusArea" sort={sort} onSort={onSort} label={t('kpis.columns.focusArea')} />
            <SortableHeader<KpiSortField> field="status" sort={sort} onSort={onSort} label={t('kpis.columns.status')} />
            <Table.HeaderCell scope="col">{t('kpis.columns.latest')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('kpis.columns.target', { year })}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('kpis.columns.projection')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('kpis.columns.trend')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('kpis.columns.sparkline')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {kpis.map((kpi) => {
            const { current, latest } = kpi;
            // The projection is shown when the status rests on one, not on the year's own value.
            const projection = current.actual === null && !current.closed ? current.projection : null;
            return (
              <Table.Row key={kpi.key} data-kpi={kpi.key}>
                <Table.HeaderCell scope="row">
                  <Link asChild>
                    <RouterLink to={`/kpis/${kpi.key}`}>{kpi.name[language]}</RouterLink>
                  </Link>
                </Table.HeaderCell>
                <Table.Cell>{kpi.focusArea ? t(`focusAreas.${kpi.focusArea}`) : t('kpis.noFocusArea')}</Table.Cell>
                <Table.Cell data-testid="kpi-status">
                  <KpiStatusTag status={current.status} />
                </Table.Cell>
                <Table.Cell className="vekst-nowrap">
                  {latest ? (
                    t('kpis.latestValue', { value: formatKpiValue(latest.value, kpi.unit, language), year: latest.period })
                  ) : (
                    <Missing />
                  )}
                </Table.Cell>
                <Table.Cell className="vekst-nowrap">
                  {current.target === null ? <Missing /> : formatKpiValue(current.target, kpi.unit, language)}
                </Table.Cell>
                <Table.Cell>
                  {projection
                    ? projectionText(projection, kpi.unit)
                    : current.actual !== null && t('kpis.actualValue', { value: formatKpiValue(current.actual, kpi.unit, language) })}
                </Table.Cell>
                <Table.Cell>
                  <KpiTrendText trend={current.trend ?? latest?.trend ?? null} />
                </Table.Cell>
                <Table.Cell>
                  <Sparkline points={kpi.sparkline} />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
