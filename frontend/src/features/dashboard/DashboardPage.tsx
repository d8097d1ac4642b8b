import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { formatPercent } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { usePopulationSummary, type PopulationSummary } from './api';
import { KpiSection } from './KpiSection';
import { PartnersSection } from './PartnersSection';
import { PopulationSection } from './PopulationSection';
import { SummaryCards } from './SummaryCards';

export function DashboardPage() {
  const { t } = useI18n();
  const summary = usePopulationSummary();
  const municipality = summary.data?.municipality.name;
  const title = municipality ? t('dashboard.title', { municipality }) : t('dashboard.titleWithoutMunicipality');
  usePageTitle(title);

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <QueryStatus query={summary}>
        {(data) => (
          <>
            <Intro summary={data} />
            <SummaryCards summary={data} />
          </>
        )}
      </QueryStatus>
      <KpiSection />
      <PopulationSection />
      {summary.data && <VariantExplanation variant={summary.data.variant} />}
      <PartnersSection />
    </>
  );
}

function Intro({ summary }: { summary: PopulationSummary }) {
  const { t, language } = useI18n();
  return <Paragraph data-size="lg">{t('dashboard.intro', { target: formatPercent(summary.targetGrowthPercent, language) })}</Paragraph>;
}

function VariantExplanation({ variant }: { variant: PopulationSummary['variant'] }) {
  const { t } = useI18n();
  const other = variant === 'corrected' ? 'official' : 'corrected';
  return (
    <section aria-labelledby="variant-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="variant-heading">
        {t('dashboard.variantHeading')}
      </Heading>
      <Paragraph>
        <strong>{t(`variants.${variant}`)}.</strong> {t(`variants.${variant}Explanation`)}
      </Paragraph>
      <Paragraph data-size="sm" className="vekst-muted">
        {t(`variants.${other}Explanation`)}
      </Paragraph>
    </section>
  );
}
