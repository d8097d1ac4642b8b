import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../lib/i18n';
import { usePartner } from './api';
import { AgreementsSection } from './AgreementsSection';
import { ContactsSection } from './ContactsSection';
import { EditPartnerDialog } from './PartnerDialogs';
import { PartnerProfile } from './PartnerProfile';
import { usePartnerPermissions } from './roles';

/**
 * "Min bedrift": a partner user's own organisation, its contacts and its agreements (read-only).
 * `more` holds what other features show the partner (the campaigns it co-funds); the app puts it in.
 */
export function PortalPage({ more }: { more?: ReactNode }) {
  const { t } = useI18n();
  usePageTitle(t('portal.title'));
  const { ownPartnerId } = usePartnerPermissions();
  const partner = usePartner(ownPartnerId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (ownPartnerId === null) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('portal.title')}
        </Heading>
        <Paragraph>{t('portal.noPartner')}</Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {partner.data ? t('portal.titleWithName', { name: partner.data.partner.name }) : t('portal.title')}
      </Heading>
      <Paragraph>{t('portal.intro')}</Paragraph>
      {saved && (
        <Alert data-color="success" role="status">
          {t('partners.detail.saved')}
        </Alert>
      )}
      <QueryStatus query={partner}>
        {({ partner: current }) => (
          <>
            <PartnerProfile
              partner={current}
              actions={
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('portal.editProfile')}
                </Button>
              }
            />
            <ContactsSection partnerId={current.id} />
            <AgreementsSection partnerId={current.id} manage={false} admin={false} />
            {more}
            {editing && (
              <EditPartnerDialog
                partnerId={current.id}
                mode="profile"
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
              />
            )}
          </>
        )}
      </QueryStatus>
    </>
  );
}
