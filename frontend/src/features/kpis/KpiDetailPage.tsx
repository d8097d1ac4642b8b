import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailsList } from '../../components/DetailsList';
import { LazyChart } from '../../components/FigurePanel';
import { FigureTable, Missing, type FigureColumn } from '../../components/FigureTable';
import { KpiStatusTag, KpiTrendText, useProjectionText } from '../../components/KpiStatus';
import { KpiTargetsEditor } from '../../components/KpiTargetsEditor';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import type { ChartSpec, ChartValueFormat } from '../../components/charts/chartSpec';
import { useAuth } from '../../lib/auth/AuthProvider';
import { formatPercent } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useKpi, type Kpi, type KpiUnit } from '../../lib/kpis/api';
import { formatKpiValue } from '../../lib/kpis/format';
import { useDeleteKpiValue, useKpiValues, type KpiValue } from './api';
import { KpiDefinitionDialog } from './KpiDefinitionDialog';
import { KpiValueDialog } from './KpiValueDialog';
import { StatusRule } from './StatusRule';

export function KpiDetailPage() {
  const { key = '' } = useParams();
  const { t, language } = useI18n();
  const kpi = useKpi(key);
  usePageTitle(kpi.data?.kpi.name[language] ?? t('kpis.title'));
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const admin = roles.includes('admin');
  const mayEnter = admin || roles.includes('editor');

  return (
    <>
      <Link asChild>
        <RouterLink to="/kpis">{t('kpis.detail.back')}</RouterLink>
      </Link>
      <QueryStatus query={kpi}>
        {({ kpi: current }) => (
          <>
            <Heading level={1} data-size="lg">
              {current.name[language]}
            </Heading>
            {current.description[language] && <Paragraph>{current.description[language]}</Paragraph>}
            <CurrentStatus kpi={current} />
            <Definition kpi={current} admin={admin} />
            <History kpi={current} mayEnter={mayEnter && current.source === 'manual'} />
            <section aria-labelledby="targets-heading" className="vekst-section">
              <Heading level={2} data-size="sm" id="targets-heading">
                {t('kpis.detail.targetsHeading')}
              </Heading>
              {admin ? <KpiTargetsEditor kpiKey={current.key} /> : <TargetsTable kpi={current} />}
            </section>
          </>
        )}
      </QueryStatus>
    </>
  );
}

function CurrentStatus({ kpi }: { kpi: Kpi }) {
  const { t, language } = useI18n();
  const projectionText = useProjectionText();
  const { current } = kpi;
  const target = current.target === null ? t('kpis.detail.noTarget') : formatKpiValue(current.target, kpi.unit, language);
  return (
    <section aria-labelledby="status-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="status-heading">
        {t('kpis.detail.statusHeading', { year: current.period })}
      </Heading>
      <Paragraph data-testid="kpi-current-status">
        <KpiStatusTag status={current.status} /> {t('kpis.detail.statusText', { target })}{' '}
        {current.actual !== null
          ? t('kpis.actualValue', { value: formatKpiValue(current.actual, kpi.unit, language) })
          : current.projection && projectionText(current.projection, kpi.unit)}
        {current.missPercent !== null && current.missPercent > 0 && (
          <> ({t('kpis.miss', { percent: formatPercent(current.missPercent, language, { decimals: 1 }) })})</>
        )}
      </Paragraph>
      <StatusRule />
    </section>
  );
}

function Definition({ kpi, admin }: { kpi: Kpi; admin: boolean }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const rows: [string, string][] = [
    [t('kpis.detail.key'), kpi.key],
    [t('kpis.detail.nameNb'), kpi.name.nb],
    [t('kpis.detail.nameEn'), kpi.name.en],
    [t('kpis.detail.focusArea'), kpi.focusArea ? t(`focusAreas.${kpi.focusArea}`) : t('kpis.noFocusArea')],
    [t('kpis.detail.unit'), t(`kpis.units.${kpi.unit}`)],
    [t('kpis.detail.direction'), t(`kpis.directions.${kpi.direction}`)],
    [t('kpis.detail.source'), t(`kpis.sources.${kpi.source}`)],
    ...(kpi.formula ? [[t('kpis.detail.formula'), t(`kpis.formulas.${kpi.formula}`)] as [string, string]] : []),
    [
      t('kpis.detail.baseline'),
      kpi.baseline
        ? t('kpis.detail.baselineValue', { value: formatKpiValue(kpi.baseline.value, kpi.unit, language), year: kpi.baseline.year })
        : t('kpis.detail.noBaseline'),
    ],
    [t('kpis.detail.public'), kpi.public ? t('kpis.detail.isPublic') : t('kpis.detail.notPublic')],
  ];
  return (
    <section aria-labelledby="definition-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="definition-heading">
        {t('kpis.detail.definitionHeading')}
      </Heading>
      {admin && (
        <div className="vekst-actions">
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t('kpis.definition.edit')}
          </Button>
        </div>
      )}
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <DetailsList rows={rows} testId="kpi-definition" />
      {editing && (
        <KpiDefinitionDialog
          kpiKey={kpi.key}
          onClose={() => setEditing(false)}
          onSaved={(name) => {
            setEditing(false);
            setNotice(t('kpis.definition.saved', { name }));
          }}
        />
      )}
    </section>
  );
}

function chartFormat(unit: KpiUnit): ChartValueFormat {
  if (unit === 'percent') return 'percent';
  if (unit === 'nok') return 'nok';
  if (unit === 'score') return 'decimal';
  return 'integer';
}

type Dialog = { kind: 'edit'; value: KpiValue | null } | { kind: 'delete'; value: KpiValue } | null;

function History({ kpi, mayEnter }: { kpi: Kpi; mayEnter: boolean }) {
  const { t } = useI18n();
  const values = useKpiValues(kpi.key);
  const remove = useDeleteKpiValue(kpi.key);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (next: Dialog) => {
    setNotice(null);
    remove.reset();
    setDialog(next);
  };

  return (
    <section aria-labelledby="history-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('kpis.detail.historyHeading')}
      </Heading>
      <Paragraph>{t('kpis.detail.historyIntro')}</Paragraph>
      <Paragraph className="vekst-muted" data-testid="kpi-source-note">
        {kpi.source === 'computed' ? t('kpis.detail.computedNote') : t('kpis.detail.manualNote')}
      </Paragraph>
      {mayEnter && (
        <div className="vekst-actions">
          <Button onClick={() => open({ kind: 'edit', value: null })}>{t('kpis.values.add')}</Button>
        </div>
      )}
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      <QueryStatus query={values} isEmpty={(items) => items.length === 0} emptyText={t('kpis.detail.noValues')}>
        {(items) => (
          <HistoryFigures
            kpi={kpi}
            values={items}
            actions={
              mayEnter
                ? (value) =>
                    // A year whose value comes only from campaigns has no entered value to change.
                    value.version !== null && (
                      <div className="vekst-row-actions">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('kpis.values.editLabel', { year: value.period })}
                          onClick={() => open({ kind: 'edit', value })}
                        >
                          {t('kpis.values.edit')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={t('kpis.values.deleteLabel', { year: value.period })}
                          onClick={() => open({ kind: 'delete', value })}
                        >
                          {t('kpis.values.delete')}
                        </Button>
                      </div>
                    )
                : null
            }
          />
        )}
      </QueryStatus>
      {dialog?.kind === 'edit' && (
        <KpiValueDialog
          kpi={kpi}
          existing={dialog.value}
          onClose={() => setDialog(null)}
          onSaved={(period) => {
            setDialog(null);
            setNotice(t('kpis.values.saved', { year: period }));
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('kpis.values.deleteTitle', { year: dialog.value.period })}
          text={t('kpis.values.deleteText', { year: dialog.value.period })}
          confirmLabel={t('kpis.values.deleteConfirm')}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(dialog.value, {
              onSuccess: () => {
                setNotice(t('kpis.values.deleted', { year: dialog.value.period }));
                setDialog(null);
              },
            })
          }
        />
      )}
    </section>
  );
}

function HistoryFigures({ kpi, values, actions }: { kpi: Kpi; values: KpiValue[]; actions: ((value: KpiValue) => ReactNode) | null }) {
  const { t, language } = useI18n();
  const name = kpi.name[language];
  const format = (value: number | null) => (value === null ? null : formatKpiValue(value, kpi.unit, language));

  const spec = useMemo<ChartSpec>(() => {
    const firstYear = Number(values[0]?.period ?? new Date().getFullYear());
    const lastYear = Math.max(Number(values.at(-1)?.period ?? firstYear), Number(kpi.current.period));
    const labels = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => String(firstYear + index));
    const target = (year: string) => kpi.targets.find((candidate) => String(candidate.year) === year)?.value ?? null;
    return {
      type: 'line',
      labels,
      valueFormat: chartFormat(kpi.unit),
      series: [
        {
          label: t('kpis.detail.valueSeries'),
          tone: 'accent',
          data: labels.map((year) => values.find((value) => value.period === year)?.value ?? null),
        },
        { label: t('kpis.detail.targetSeries'), tone: 'target', dashed: true, data: labels.map(target) },
      ],
    };
  }, [values, kpi, t]);

  const columns: FigureColumn<KpiValue>[] = [
    { header: t('kpis.detail.columns.year'), value: (row) => row.period, format: 'text' },
    { header: t('kpis.detail.columns.value'), value: (row) => format(row.value), format: 'text' },
    ...(values.some((row) => row.fromCampaigns !== null && row.fromCampaigns !== undefined)
      ? [
          {
            header: t('kpis.detail.columns.fromCampaigns'),
            value: (row: KpiValue) => format(row.fromCampaigns ?? null),
            format: 'text' as const,
          },
        ]
      : []),
    { header: t('kpis.detail.columns.target'), value: (row) => format(row.target), render: (row) => format(row.target) ?? <Missing /> },
    { header: t('kpis.detail.columns.status'), value: (row) => row.status, render: (row) => <KpiStatusTag status={row.status} /> },
    { header: t('kpis.detail.columns.trend'), value: (row) => row.trend, render: (row) => <KpiTrendText trend={row.trend} /> },
    { header: t('kpis.detail.columns.comment'), value: (row) => row.comment, format: 'text' },
    {
      header: t('kpis.detail.columns.evidence'),
      value: (row) => row.evidenceUrl,
      render: (row) =>
        row.evidenceUrl && (
          <Link href={row.evidenceUrl} target="_blank" rel="noreferrer">
            {t('kpis.detail.evidenceLink', { year: row.period })}
          </Link>
        ),
    },
    ...(actions ? [{ header: t('kpis.detail.columns.actions'), value: () => '', render: actions }] : []),
  ];

  return (
    <>
      <LazyChart spec={spec} label={t('kpis.detail.chartLabel', { name })} />
      <FigureTable
        caption={t('kpis.detail.historyCaption', { name })}
        columns={columns}
        rows={values}
        rowKey={(row) => row.period}
        language={language}
        testId="kpi-history"
      />
    </>
  );
}

function TargetsTable({ kpi }: { kpi: Kpi }) {
  const { t, language } = useI18n();
  const name = kpi.name[language];
  const columns: FigureColumn<Kpi['targets'][number]>[] = [
    { header: t('kpis.detail.columns.year'), value: (row) => String(row.year), format: 'text' },
    {
      header: t('kpis.detail.columns.target'),
      value: (row) => row.value,
      render: (row) => (row.value === null ? <Missing /> : formatKpiValue(row.value, kpi.unit, language)),
    },
  ];
  return (
    <FigureTable
      caption={t('kpis.detail.targetsCaption', { name })}
      columns={columns}
      rows={kpi.targets}
      rowKey={(row) => String(row.year)}
      language={language}
      testId="kpi-targets"
    />
  );
}
