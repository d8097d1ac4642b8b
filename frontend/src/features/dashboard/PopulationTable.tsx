import { Table } from '@digdir/designsystemet-react';
import { formatInteger, formatPercent, formatSignedInteger } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { PopulationPoint } from './api';
import { pointNotes } from './populationCsv';

function Missing() {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="vekst-sr-only">{t('dashboard.missing')}</span>
    </>
  );
}

/** The chart's figures as a table: the accessible alternative, and what the CSV holds. */
export function PopulationTable({ points, caption }: { points: readonly PopulationPoint[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <div className="vekst-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra data-size="sm" className="vekst-number-table" data-testid="population-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('dashboard.columns.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dashboard.columns.populationStart')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dashboard.columns.populationEnd')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dashboard.columns.growth')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dashboard.columns.growthPercent')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('dashboard.columns.notes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {points.map((point) => (
            <Table.Row key={point.period}>
              <Table.HeaderCell scope="row">{point.period}</Table.HeaderCell>
              <Table.Cell>{point.populationStart === null ? <Missing /> : formatInteger(point.populationStart, language)}</Table.Cell>
              <Table.Cell>{point.populationEnd === null ? <Missing /> : formatInteger(point.populationEnd, language)}</Table.Cell>
              <Table.Cell>{point.growth === null ? <Missing /> : formatSignedInteger(point.growth, language)}</Table.Cell>
              <Table.Cell>
                {point.growthPercent === null ? <Missing /> : formatPercent(point.growthPercent, language, { signed: true })}
              </Table.Cell>
              <Table.Cell>{pointNotes(point, t).join(', ')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
