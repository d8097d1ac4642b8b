import { Card, Heading, Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import type { Partner } from './api';
import { PartnerStatusTag } from './PartnerStatusTag';

/** The organisation's profile as a list of facts; staff notes only when the server sends them. */
export function PartnerProfile({ partner, actions }: { partner: Partner; actions?: ReactNode }) {
  const { t, language } = useI18n();
  const address = [partner.address, [partner.postalCode, partner.postalPlace].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <Card data-color="neutral" className="vekst-section" data-testid="partner-profile">
      <Heading level={2} data-size="xs">
        {t('partners.detail.profileHeading')}
      </Heading>
      <dl className="vekst-details">
        <dt>{t('partners.fields.organisationNumber')}</dt>
        <dd>{partner.organisationNumber}</dd>
        <dt>{t('partners.fields.sector')}</dt>
        <dd>{t(`partners.sectors.${partner.sector}`)}</dd>
        <dt>{t('partners.fields.status')}</dt>
        <dd>
          <PartnerStatusTag status={partner.status} />
          {partner.formerSince && ` ${t('partners.detail.formerSince', { date: formatDate(partner.formerSince, language) })}`}
        </dd>
        <dt>{t('partners.fields.sizeBand')}</dt>
        <dd>{partner.sizeBand ? t(`partners.sizeBands.${partner.sizeBand}`) : t('partners.noSizeBand')}</dd>
        <dt>{t('partners.detail.address')}</dt>
        <dd>{address || '–'}</dd>
        {partner.municipality && (
          <>
            <dt>{t('partners.fields.municipality')}</dt>
            <dd>{partner.municipality}</dd>
          </>
        )}
        <dt>{t('partners.fields.website')}</dt>
        <dd>{partner.website ? <Link href={partner.website}>{partner.website}</Link> : '–'}</dd>
        <dt>{t('partners.fields.logoUrl')}</dt>
        <dd>{partner.logoUrl ? <Link href={partner.logoUrl}>{partner.logoUrl}</Link> : '–'}</dd>
        <dt>{t('partners.fields.publicListingConsent')}</dt>
        <dd>
          {partner.publicListingConsent ? t('partners.detail.consentYes') : t('partners.detail.consentNo')}
          {partner.publicListingConsentDate && ` (${formatDate(partner.publicListingConsentDate, language)})`}
        </dd>
        {partner.notes !== null && (
          <>
            <dt>{t('partners.fields.notes')}</dt>
            <dd className="vekst-prewrap">{partner.notes}</dd>
          </>
        )}
      </dl>
      {actions && <div className="vekst-actions">{actions}</div>}
    </Card>
  );
}
