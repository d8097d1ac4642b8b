import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { KpiStatusTag } from '../../components/KpiStatus';
import { QueryStatus } from '../../components/QueryStatus';
import { useAuth } from '../../lib/auth/AuthProvider';
import { useI18n } from '../../lib/i18n';
import { formatKpiValue } from '../../lib/kpis/format';
import { usePublicKpis } from '../../lib/kpis/api';

/** The public KPIs in brief: each one's status in words, its latest value and this year's target. */
export function KpiSection() {
  const { t, language } = useI18n();
  const kpis = usePublicKpis();
  const { user } = useAuth();
  const staff = user?.roles.some((role) => role !== 'partner') ?? false;
  return (
    <section aria-labelledby="public-kpis-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="public-kpis-heading">
        {t('kpis.dashboard.heading')}
      </Heading>
      <QueryStatus query={kpis} isEmpty={(data) => data.items.length === 0} emptyText={t('kpis.empty')}>
        {(data) => (
          <ul className="vekst-kpi-cards" data-testid="public-kpis">
            {data.items.map((kpi) => (
              <li key={kpi.key}>
                <Card data-color="neutral" className="vekst-figure-card">
                  <Heading level={3} data-size="2xs">
                    {kpi.name[language]}
                  </Heading>
                  <KpiStatusTag status={kpi.status} />
                  {kpi.latest && (
                    <Paragraph>
                      {t('kpis.latestValue', { value: formatKpiValue(kpi.latest.value, kpi.unit, language), year: kpi.latest.period })}
                    </Paragraph>
                  )}
                  {kpi.target !== null && (
                    <Paragraph data-size="sm" className="vekst-muted">
                      {t('kpis.columns.target', { year: data.year })}: {formatKpiValue(kpi.target, kpi.unit, language)}
                    </Paragraph>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </QueryStatus>
      {staff && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/kpis">{t('kpis.dashboard.all')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
