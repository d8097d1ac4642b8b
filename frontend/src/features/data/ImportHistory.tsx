import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateTime, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { StatusFilter } from './StatusFilter';
import { importStatuses, useImportRuns, type ImportRun, type ImportStatus } from './api';

const PAGE_SIZE = 20;
const statusColour: Record<ImportStatus, 'neutral' | 'info' | 'success' | 'danger'> = {
  queued: 'neutral',
  running: 'info',
  completed: 'success',
  rejected: 'danger',
};

export function ImportHistory({ latestRunId }: { latestRunId: string | null }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ImportStatus | ''>('');
  const [page, setPage] = useState(0);
  const runs = useImportRuns({ status, page, size: PAGE_SIZE });

  return (
    <section className="vekst-section" aria-labelledby="import-history" id="import-history-section">
      <Heading level={2} data-size="md" id="import-history" tabIndex={-1}>
        {t('data.history.heading')}
      </Heading>
      <Paragraph>{t('data.history.intro')}</Paragraph>
      <StatusFilter
        label={t('data.history.statusFilter')}
        allLabel={t('data.history.allStatuses')}
        statuses={importStatuses}
        labelOf={(candidate) => t(`data.statuses.${candidate}`)}
        value={status}
        onChange={(next) => {
          setStatus(next);
          setPage(0);
        }}
      />
      <QueryStatus query={runs} isEmpty={(data) => data.items.length === 0} emptyText={t('data.history.empty')}>
        {(data) => (
          <>
            <RunsTable runs={data.items} latestRunId={latestRunId} />
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>
    </section>
  );
}

function RunsTable({ runs, latestRunId }: { runs: ImportRun[]; latestRunId: string | null }) {
  const { t, language } = useI18n();
  const kindName = (kind: string) => t(`data.kinds.${kind}` as 'data.kinds.population', { defaultValue: kind });
  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="import-runs" className="vekst-runs-table">
        <caption>{t('data.history.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('data.history.columns.createdAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.history.columns.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.history.columns.source')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.history.columns.createdBy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.history.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.counts.inserted')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.counts.updated')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.counts.unchanged')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.counts.rejected')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.counts.flagged')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.counts.withdrawn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {runs.map((run) => (
            <Table.Row key={run.id} className={run.id === latestRunId ? 'vekst-row-highlight' : undefined}>
              <Table.HeaderCell scope="row" className="vekst-nowrap">
                {formatDateTime(run.createdAt, language)}
              </Table.HeaderCell>
              <Table.Cell>{kindName(run.kind)}</Table.Cell>
              <Table.Cell className="vekst-break">{run.source}</Table.Cell>
              <Table.Cell>{run.createdBy ?? ''}</Table.Cell>
              <Table.Cell>
                <div className="vekst-tags">
                  <Tag data-color={statusColour[run.status]}>{t(`data.statuses.${run.status}`)}</Tag>
                  {run.dryRun && <Tag data-color="warning">{t('data.history.dryRun')}</Tag>}
                  {run.id === latestRunId && <Tag data-color="accent">{t('data.history.latest')}</Tag>}
                </div>
              </Table.Cell>
              {(['inserted', 'updated', 'unchanged', 'rejected', 'flagged'] as const).map((key) => (
                <Table.Cell key={key} className="vekst-number">
                  {formatInteger(run.counts[key], language)}
                </Table.Cell>
              ))}
              {/* Job openings withdrawn by a job-feed run; 0 for every other kind. */}
              <Table.Cell className="vekst-number">{formatInteger(run.counts.withdrawn ?? 0, language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
