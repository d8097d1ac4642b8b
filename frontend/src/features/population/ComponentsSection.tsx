import { Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpec';
import { FigurePanel } from '../../components/FigurePanel';
import type { FigureColumn } from '../../components/FigureTable';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import { usePopulationComponents, type ComponentItem, type PopulationComponents } from './api';
import { csvName } from './csvName';
import { seriesQuery, type PageState } from './pageState';
import { MemberNotes, NoFigures, PageSection } from './shared';

function componentColumns(t: TFunction): FigureColumn<ComponentItem>[] {
  return [
    { header: t('population.columns.period'), value: (item) => item.period, format: 'text' },
    { header: t('population.columns.naturalIncrease'), value: (item) => item.naturalIncrease, format: 'signed' },
    { header: t('population.columns.domesticNetMigration'), value: (item) => item.domesticNetMigration, format: 'signed' },
    { header: t('population.columns.internationalNetMigration'), value: (item) => item.internationalNetMigration, format: 'signed' },
    { header: t('population.columns.netMigration'), value: (item) => item.netMigration, format: 'signed' },
    { header: t('population.columns.growth'), value: (item) => item.growth, format: 'signed' },
    { header: t('population.columns.adjustment'), value: (item) => item.adjustment, format: 'signed' },
    {
      header: t('population.columns.notes'),
      value: (item) => (item.seriesBreak ? t('population.series.breakMarker') : ''),
      format: 'text',
    },
  ];
}

/** What made the population change: births and deaths, moves within Norway and across its border. */
export function ComponentsSection({ state }: { state: PageState }) {
  const { t } = useI18n();
  const components = usePopulationComponents(seriesQuery(state));
  return (
    <PageSection id="components" title={t('population.components.heading')} busy={components.isFetching}>
      <Paragraph>{t('population.components.intro')}</Paragraph>
      <QueryStatus query={components}>
        {(data) =>
          data.items.length === 0 ? (
            <NoFigures text={t('population.empty.series', { subject: data.subject.name })} />
          ) : (
            <ComponentFigures data={data} />
          )
        }
      </QueryStatus>
    </PageSection>
  );
}

function ComponentFigures({ data }: { data: PopulationComponents }) {
  const { t } = useI18n();
  const columns = useMemo(() => componentColumns(t), [t]);
  const spec = useMemo<ChartSpec>(() => {
    const values = (pick: (item: ComponentItem) => number | null) => data.items.map(pick);
    return {
      type: 'bar',
      stacked: true,
      valueFormat: 'signed',
      labels: data.items.map((item) => item.period),
      series: [
        { label: t('population.columns.naturalIncrease'), data: values((item) => item.naturalIncrease), tone: 'success', stack: 'growth' },
        {
          label: t('population.columns.domesticNetMigration'),
          data: values((item) => item.domesticNetMigration),
          tone: 'info',
          stack: 'growth',
        },
        {
          label: t('population.columns.internationalNetMigration'),
          data: values((item) => item.internationalNetMigration),
          tone: 'warning',
          stack: 'growth',
        },
        // Beside the growth, never on top of it: an adjustment is not growth.
        { label: t('population.columns.adjustment'), data: values((item) => item.adjustment), tone: 'neutral', stack: 'adjustment' },
        { label: t('population.columns.growth'), data: values((item) => item.growth), tone: 'target', kind: 'line' },
      ],
      markers: data.items.flatMap((item, index) => (item.seriesBreak ? [{ index, label: t('population.series.breakMarker') }] : [])),
    };
  }, [data.items, t]);
  const range = { from: data.items[0]?.period ?? '', to: data.items[data.items.length - 1]?.period ?? '', subject: data.subject.name };
  return (
    <>
      <FigurePanel
        chart={{ spec, label: t('population.components.chartLabel', range) }}
        caption={t('population.components.caption', { ...range, variant: t(`variants.${data.variant}`) })}
        columns={columns}
        rows={data.items}
        rowKey={(item) => item.period}
        csvFileName={csvName(t, 'components', data.subject.name, data.variant)}
        testId="components-table"
        nameDownload
      />
      <Paragraph data-size="sm" className="vekst-muted">
        {t('population.components.adjustmentExplained')}
      </Paragraph>
      <MemberNotes notes={data.notes} />
    </>
  );
}
