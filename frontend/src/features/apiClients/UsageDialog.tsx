import { Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { FormDialog } from '../../components/FormDialog';
import { QueryStatus } from '../../components/QueryStatus';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { formatDate, formatInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useApiClientUsage, type ApiClient, type ApiClientUsage } from './api';

type UsageRow = { key: string; label: string; calls: number; refused: number };

function UsageFigures({ client, usage }: { client: ApiClient; usage: ApiClientUsage }) {
  const { t, language } = useI18n();
  const values = {
    name: client.name,
    from: formatDate(usage.from, language),
    to: formatDate(usage.to, language),
    calls: formatInteger(usage.totalCalls, language),
    refused: formatInteger(usage.totalRefused, language),
  };
  const rows = useMemo<UsageRow[]>(
    () => usage.days.map((day) => ({ key: day.date, label: formatDate(day.date, language), calls: day.calls, refused: day.refused })),
    [usage.days, language],
  );
  const columns = useMemo<FigureColumn<UsageRow>[]>(
    () => [
      { header: t('apiClients.usage.date'), value: (row) => row.label, format: 'text' },
      { header: t('apiClients.usage.calls'), value: (row) => row.calls },
      { header: t('apiClients.usage.refused'), value: (row) => row.refused },
    ],
    [t],
  );
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      labels: rows.map((row) => row.label.slice(0, 5)),
      series: [
        { label: t('apiClients.usage.calls'), data: rows.map((row) => row.calls), tone: 'accent' },
        { label: t('apiClients.usage.refused'), data: rows.map((row) => row.refused), tone: 'danger' },
      ],
    }),
    [rows, t],
  );
  return (
    <>
      <Paragraph>{t('apiClients.usage.intro')}</Paragraph>
      <Paragraph data-testid="api-client-usage-totals">{t('apiClients.usage.totals', values)}</Paragraph>
      <FigurePanel
        chart={{ spec, label: t('apiClients.usage.chartLabel', values) }}
        caption={t('apiClients.usage.caption', values)}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        footerRows={[{ key: 'total', label: t('apiClients.usage.total'), calls: usage.totalCalls, refused: usage.totalRefused }]}
        csvFileName={`${t('apiClients.usage.csv')}-${client.clientId}-${usage.from}-${usage.to}.csv`}
        testId="api-client-usage-table"
      />
    </>
  );
}

/** Calls per day over the last 30 days: a bar chart, the same figures as a table, and CSV. */
export function UsageDialog({ client, onClose }: { client: ApiClient; onClose: () => void }) {
  const { t } = useI18n();
  const usage = useApiClientUsage(client.id);
  return (
    <FormDialog title={t('apiClients.usage.title', { name: client.name })} onClose={onClose}>
      <QueryStatus query={usage}>{(data) => <UsageFigures client={client} usage={data} />}</QueryStatus>
    </FormDialog>
  );
}
