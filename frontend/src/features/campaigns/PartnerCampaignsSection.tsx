import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { DetailsList } from '../../components/DetailsList';
import { QueryStatus } from '../../components/QueryStatus';
import { formatNok } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useCampaigns, type Campaign, type CampaignFilters } from './api';
import { ResultsCsvButton } from './CampaignResults';
import { CampaignStatusTag, TotalsList, useCampaignPeriod, useProgressLines } from './parts';

const all: CampaignFilters = { q: '', status: '', focusArea: '', year: '', channel: '', sort: '-startDate' };

/**
 * For the partner portal: the campaigns the partner co-funds (the server lists no others), with
 * the partner's own share, the results and the progress towards the targets. Read-only.
 */
export function PartnerCampaignsSection() {
  const { t } = useI18n();
  const campaigns = useCampaigns(all, 0, 50);
  return (
    <section className="vekst-section" aria-labelledby="partner-campaigns-heading" data-testid="partner-campaigns">
      <Heading level={2} data-size="md" id="partner-campaigns-heading">
        {t('campaigns.portal.heading')}
      </Heading>
      <Paragraph>{t('campaigns.portal.intro')}</Paragraph>
      <QueryStatus query={campaigns} isEmpty={(data) => data.items.length === 0} emptyText={t('campaigns.portal.empty')}>
        {(data) => (
          <ul className="vekst-card-list">
            {data.items.map((campaign) => (
              <li key={campaign.id}>
                <PartnerCampaign campaign={campaign} />
              </li>
            ))}
          </ul>
        )}
      </QueryStatus>
    </section>
  );
}

function PartnerCampaign({ campaign }: { campaign: Campaign }) {
  const { t, language } = useI18n();
  const period = useCampaignPeriod();
  const progress = useProgressLines()(campaign);
  const share = campaign.partners.reduce((sum, partner) => sum + partner.amountNok, 0);
  const headingId = `partner-campaign-${campaign.id}`;
  return (
    <article className="vekst-card" aria-labelledby={headingId} data-testid={`partner-campaign-${campaign.slug}`}>
      <Heading level={3} data-size="sm" id={headingId}>
        {campaign.name}
      </Heading>
      <CampaignStatusTag status={campaign.status} />
      <DetailsList
        rows={[
          [t('campaigns.detail.period'), period(campaign)],
          [t('campaigns.portal.share'), formatNok(share, language)],
          [t('campaigns.detail.progress'), progress.length > 0 ? progress.join('; ') : t('campaigns.noTargets')],
        ]}
      />
      <Heading level={4} data-size="xs">
        {t('campaigns.results.totals')}
      </Heading>
      <TotalsList totals={campaign.totals} />
      <ResultsCsvButton campaign={campaign} />
    </article>
  );
}
