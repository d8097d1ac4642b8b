import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n';

// The Vekst CSV columns exactly as the import reads them (see the issue and openapi.yaml).
const flowRequired = ['municipality', 'period', 'variant'];
const flowOptional = [
  'populationStart',
  'births',
  'deaths',
  'inMigration',
  'outMigration',
  'immigration',
  'emigration',
  'netMigration',
  'growth',
  'populationEnd',
];
const stockColumns = ['municipality', 'date', 'variant', 'population'];
const employmentColumns = ['municipality', 'year', 'basis', 'classification', 'industry', 'ownership', 'persons'];
const commutingColumns = ['residence', 'workplace', 'year', 'persons'];
const jobsExample =
  'municipality;year;basis;classification;industry;ownership;persons\n3303;2024;workplace;;total;all;17850\n3303;2024;workplace;SN2007;C;all;5210';
const example = 'municipality;date;variant;population\n3303;2024-01-01;corrected;28512\n3303;2023-01-01;official;..';

const names = (columns: string[]) => columns.join(', ');

/** How to write a file the import accepts. */
export function CsvFormatHelp() {
  const { t } = useI18n();
  return (
    <section className="vekst-section vekst-prose" aria-labelledby="csv-format-heading">
      <Heading level={2} data-size="md" id="csv-format-heading">
        {t('data.format.heading')}
      </Heading>
      <Paragraph>{t('data.format.intro')}</Paragraph>
      <ul className="vekst-help-list">
        <li>{t('data.format.encoding')}</li>
        <li>
          {t('data.format.header')}
          <ul>
            <li>
              <strong>{t('data.format.flows')}</strong>{' '}
              {t('data.format.flowsColumns', { required: names(flowRequired), optional: names(flowOptional) })}
            </li>
            <li>
              <strong>{t('data.format.stocks')}</strong> {t('data.format.stocksColumns', { columns: names(stockColumns) })}
            </li>
          </ul>
        </li>
        <li>{t('data.format.variant')}</li>
        <li>{t('data.format.municipality')}</li>
        <li>{t('data.format.missing')}</li>
      </ul>
      <Heading level={3} data-size="xs">
        {t('data.format.example')}
      </Heading>
      <pre className="vekst-code">
        <code>{example}</code>
      </pre>
      <Heading level={3} data-size="xs">
        {t('data.format.jobsHeading')}
      </Heading>
      <Paragraph>{t('data.format.jobsIntro')}</Paragraph>
      <ul className="vekst-help-list">
        <li>
          <strong>{t('data.format.employment')}</strong> {t('data.format.employmentColumns', { columns: names(employmentColumns) })}
        </li>
        <li>
          <strong>{t('data.format.commuting')}</strong> {t('data.format.commutingColumns', { columns: names(commutingColumns) })}
        </li>
      </ul>
      <Heading level={4} data-size="2xs">
        {t('data.format.example')}
      </Heading>
      <pre className="vekst-code">
        <code>{jobsExample}</code>
      </pre>
    </section>
  );
}
