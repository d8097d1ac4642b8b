import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Pager } from '../../components/Pager';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { flagStatuses, type FlagStatus, type PopulationFlag, usePopulationFlags } from './api';
import { FlagDialog, flagLabels } from './FlagDialogs';
import { StatusFilter } from './StatusFilter';

const PAGE_SIZE = 20;

type OpenDialog = { action: 'accept' | 'correct'; flag: PopulationFlag } | null;

export function FlagsSection() {
  const { t } = useI18n();
  const [status, setStatus] = useState<FlagStatus | ''>('open');
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const flags = usePopulationFlags({ status, page, size: PAGE_SIZE });

  return (
    <section className="vekst-section" aria-labelledby="flags-heading">
      <Heading level={2} data-size="md" id="flags-heading">
        {t('data.flags.heading')}
      </Heading>
      <Paragraph>{t('data.flags.intro')}</Paragraph>
      <StatusFilter
        label={t('data.flags.statusFilter')}
        allLabel={t('data.flags.allStatuses')}
        statuses={flagStatuses}
        labelOf={(candidate) => t(`data.flagStatuses.${candidate}`)}
        value={status}
        onChange={(next) => {
          setStatus(next);
          setPage(0);
        }}
      />
      <div role="status" aria-live="polite">
        {notice && <Alert data-color="success">{notice}</Alert>}
      </div>
      <QueryStatus
        query={flags}
        isEmpty={(data) => data.items.length === 0}
        emptyText={status === 'open' ? t('data.flags.emptyOpen') : t('data.flags.empty')}
      >
        {(data) => (
          <>
            <FlagsTable
              flags={data.items}
              onAction={(action, flag) => {
                setNotice(null);
                setDialog({ action, flag });
              }}
            />
            <Pager page={data.page} size={data.size} total={data.total} onPageChange={setPage} label={t('pagination.label')} />
          </>
        )}
      </QueryStatus>
      {dialog && (
        <FlagDialog
          action={dialog.action}
          flag={dialog.flag}
          onClose={() => setDialog(null)}
          onResolved={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}

function FlagsTable({
  flags,
  onAction,
}: {
  flags: PopulationFlag[];
  onAction: (action: 'accept' | 'correct', flag: PopulationFlag) => void;
}) {
  const { t, language } = useI18n();
  return (
    <div className="vekst-table-scroll">
      <Table data-size="sm" zebra data-testid="flags-table">
        <caption>{t('data.flags.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('data.flags.columns.municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.variant')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.at')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.field')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.value')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.rule')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.detail')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('data.flags.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {flags.map((flag) => {
            const labels = flagLabels(flag, t, language);
            return (
              <Table.Row key={flag.id}>
                <Table.HeaderCell scope="row">{labels.municipality}</Table.HeaderCell>
                <Table.Cell>{t(`variants.${flag.variant}`)}</Table.Cell>
                <Table.Cell className="vekst-nowrap">{labels.at}</Table.Cell>
                <Table.Cell>{labels.field}</Table.Cell>
                <Table.Cell className="vekst-number">{labels.value}</Table.Cell>
                <Table.Cell>{t(`data.rules.${flag.rule}`)}</Table.Cell>
                <Table.Cell>{flag.detail}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={flag.status === 'open' ? 'warning' : 'success'}>{t(`data.flagStatuses.${flag.status}`)}</Tag>
                  {flag.status !== 'open' && flag.resolvedBy && (
                    <Paragraph data-size="xs" className="vekst-muted">
                      {flag.resolvedBy}
                      {flag.resolvedAt && `, ${formatDateTime(flag.resolvedAt, language)}`}
                      {flag.comment && `: ${flag.comment}`}
                    </Paragraph>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {flag.status === 'open' && (
                    <div className="vekst-row-actions">
                      {(['accept', 'correct'] as const).map((action) => (
                        <Button
                          key={action}
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t(`data.flags.${action}Title`, labels)}
                          onClick={() => onAction(action, flag)}
                        >
                          {t(`data.flags.${action}`)}
                        </Button>
                      ))}
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
