import { Alert, Button, Heading, Link } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../lib/i18n';
import { usePartner } from './api';
import { AgreementsSection } from './AgreementsSection';
import { ContactsSection } from './ContactsSection';
import { EditPartnerDialog, InvitePartnerUserDialog } from './PartnerDialogs';
import { PartnerProfile } from './PartnerProfile';
import { usePartnerPermissions } from './roles';

export function PartnerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const partner = usePartner(id);
  usePageTitle(partner.data?.partner.name ?? t('partners.title'));
  const { manage, seeContacts, admin } = usePartnerPermissions();
  const [dialog, setDialog] = useState<'edit' | 'invite' | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <Link asChild>
        <RouterLink to="/partners">{t('partners.detail.back')}</RouterLink>
      </Link>
      <QueryStatus query={partner}>
        {({ partner: current }) => (
          <>
            <Heading level={1} data-size="lg">
              {current.name}
            </Heading>
            {saved && (
              <Alert data-color="success" role="status">
                {t('partners.detail.saved')}
              </Alert>
            )}
            <PartnerProfile
              partner={current}
              actions={
                (manage || admin) && (
                  <>
                    {manage && (
                      <Button
                        variant="secondary"
                        onClick={() => {
                          setSaved(false);
                          setDialog('edit');
                        }}
                      >
                        {t('partners.detail.edit')}
                      </Button>
                    )}
                    {admin && (
                      <Button variant="secondary" onClick={() => setDialog('invite')}>
                        {t('partners.invite.open')}
                      </Button>
                    )}
                  </>
                )
              }
            />
            {seeContacts && <ContactsSection partnerId={current.id} />}
            <AgreementsSection partnerId={current.id} manage={manage} admin={admin} />
            {dialog === 'edit' && (
              <EditPartnerDialog
                partnerId={current.id}
                mode="staff"
                onClose={() => setDialog(null)}
                onSaved={() => {
                  setDialog(null);
                  setSaved(true);
                }}
              />
            )}
            {dialog === 'invite' && <InvitePartnerUserDialog partner={current} onClose={() => setDialog(null)} />}
          </>
        )}
      </QueryStatus>
    </>
  );
}
