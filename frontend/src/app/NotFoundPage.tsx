import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';
import { useI18n } from '../lib/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('app.pageNotFound'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('app.pageNotFound')}
      </Heading>
      <Paragraph>{t('app.pageNotFoundText')}</Paragraph>
      <Link asChild>
        <RouterLink to="/">{t('app.toFrontPage')}</RouterLink>
      </Link>
    </>
  );
}
