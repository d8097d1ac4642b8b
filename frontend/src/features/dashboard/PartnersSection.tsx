import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { QueryStatus } from '../../components/QueryStatus';
import { useI18n } from '../../lib/i18n';
import { usePublicPartners, type PublicPartner } from './api';

/** "Våre partnere": the businesses that fund the programme this year, grouped by tier as the API sorts them. */
export function PartnersSection() {
  const { t } = useI18n();
  const partners = usePublicPartners();
  return (
    <section aria-labelledby="public-partners-heading" className="vekst-section">
      <Heading level={2} data-size="sm" id="public-partners-heading">
        {partners.data ? t('dashboard.partnersHeadingYear', { year: partners.data.year }) : t('dashboard.partnersHeading')}
      </Heading>
      <QueryStatus query={partners} isEmpty={(data) => data.items.length === 0} emptyText={t('dashboard.partnersEmpty')}>
        {(data) => (
          <div className="vekst-partner-tiers" data-testid="public-partners">
            {groupByTier(data.items).map(([tierName, members]) => (
              <div key={tierName}>
                <Heading level={3} data-size="2xs">
                  {tierName}
                </Heading>
                <ul className="vekst-partner-list">
                  {members.map((partner) => (
                    <li key={partner.name}>
                      {partner.website ? <Link href={partner.website}>{partner.name}</Link> : partner.name}
                      <span className="vekst-muted"> · {t(`partners.sectors.${partner.sector}`)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </QueryStatus>
      <Paragraph data-size="sm" className="vekst-muted">
        {t('dashboard.partnersNote')}
      </Paragraph>
    </section>
  );
}

function groupByTier(items: readonly PublicPartner[]): [string, PublicPartner[]][] {
  const groups = new Map<string, PublicPartner[]>();
  for (const item of items) groups.set(item.tierName, [...(groups.get(item.tierName) ?? []), item]);
  return [...groups];
}
